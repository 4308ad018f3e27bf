package app.affiche.ui.export;

import app.affiche.catalogue.ExportField;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The export dialog's choices: chosen columns (ordered), the ones left out, scope, BOM. */
public final class ExportViewModel {
    private final ObservableList<ExportField> chosen = FXCollections.observableArrayList(ExportField.DEFAULT);
    private final ObservableList<ExportField> available = FXCollections.observableArrayList();
    private final BooleanProperty onlyFiltered = new SimpleBooleanProperty(true);
    private final BooleanProperty bom = new SimpleBooleanProperty(true);

    public ExportViewModel() {
        for (ExportField f : ExportField.values()) if (!chosen.contains(f)) available.add(f);
    }

    /** Moves a chosen column up (-1) or down (+1); returns its new index. */
    public int move(ExportField field, int delta) {
        int i = chosen.indexOf(field);
        int j = Math.clamp((long) i + delta, 0, chosen.size() - 1);
        if (i < 0 || i == j) return i;
        chosen.remove(i);
        chosen.add(j, field);
        return j;
    }

    public ExportRequest request(Path target) {
        return new ExportRequest(target, new ArrayList<>(chosen), onlyFiltered.get(), bom.get());
    }

    public String summary(int filtered, int total) {
        return onlyFiltered.get() ? filtered + " posters (the current filter)" : total + " posters (the whole catalogue)";
    }

    public ObservableList<ExportField> chosen() {
        return chosen;
    }

    public ObservableList<ExportField> available() {
        return available;
    }

    public BooleanProperty onlyFiltered() {
        return onlyFiltered;
    }

    public BooleanProperty bom() {
        return bom;
    }

    public static List<ExportField> all() {
        return List.of(ExportField.values());
    }
}
