package app.affiche.ui.detail;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The detail pane's extra fields for one poster: a line per declared field with the value that counts and its
 * source, and the model's reading beside it ("rating: 7.1 (curator) · model reads good 64 %"); the names the editor
 * offers; the last edit's error.
 */
public final class FieldsViewModel {
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    public void show(List<FieldDefinition> fields, List<FieldValue> values) {
        lines.setAll(fields.stream().map(f -> line(f, values)).toList());
        names.setAll(fields.stream().map(FieldDefinition::name).toList());
        error.set("");
    }

    public void clear() {
        lines.clear();
        names.clear();
        error.set("");
    }

    static String line(FieldDefinition field, List<FieldValue> values) {
        FieldValue confirmed = null, model = null;
        for (FieldValue v : values) {
            if (!v.field().equalsIgnoreCase(field.name())) continue;
            if (v.source() == LabelSource.MODEL) model = v;
            else if (confirmed == null) confirmed = v; // the curator's comes before the import's
        }
        String shown = confirmed == null ? "—" : confirmed.display() + " (" + confirmed.source().key() + ")";
        return field.name() + ": " + shown + (model == null ? "" : " · model reads " + reading(model));
    }

    static String reading(FieldValue model) {
        if (model.confidence() == null) return model.display();
        return model.display() + " " + Math.round(100 * Math.min(0.99, model.confidence())) + " %";
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty error() {
        return error;
    }
}
