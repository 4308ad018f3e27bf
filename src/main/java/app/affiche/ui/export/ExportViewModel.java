package app.affiche.ui.export;

import app.affiche.catalogue.ExportField;
import app.affiche.poster.FieldDefinition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export dialog's choices: chosen columns (ordered), the ones left out, scope, BOM. The catalogue's extra fields
 * offer NAME, NAME_source and NAME_predicted; they are written after the other columns, as the CLI export does.
 */
public final class ExportViewModel {
    private final ObservableList<ExportColumn> chosen = FXCollections.observableArrayList();
    private final ObservableList<ExportColumn> available = FXCollections.observableArrayList();
    private final BooleanProperty onlyFiltered = new SimpleBooleanProperty(true);
    private final BooleanProperty bom = new SimpleBooleanProperty(true);

    public ExportViewModel() {
        for (ExportField f : ExportField.DEFAULT) chosen.add(ExportColumn.of(f));
        for (ExportField f : ExportField.values()) if (!ExportField.DEFAULT.contains(f)) available.add(ExportColumn.of(f));
    }

    /**
     * The catalogue's fields now: their columns are added (chosen, as the CLI export's default has them) the first
     * time a field is seen; columns of fields since removed disappear; the curator's other choices stay.
     */
    public void fields(List<FieldDefinition> fields) {
        List<ExportColumn> now = ExportColumn.ofFields(fields);
        chosen.removeIf(c -> c.isField() && !now.contains(c));
        available.removeIf(c -> c.isField() && !now.contains(c));
        for (ExportColumn c : now) if (!chosen.contains(c) && !available.contains(c)) chosen.add(c);
    }

    /** Moves a chosen column up (-1) or down (+1); returns its new index. */
    public int move(ExportColumn column, int delta) {
        int i = chosen.indexOf(column);
        int j = Math.clamp((long) i + delta, 0, chosen.size() - 1);
        if (i < 0 || i == j) return i;
        chosen.remove(i);
        chosen.add(j, column);
        return j;
    }

    public int move(ExportField field, int delta) {
        return move(ExportColumn.of(field), delta);
    }

    public ExportRequest request(Path target) {
        List<ExportField> fields = new ArrayList<>();
        List<String> fieldColumns = new ArrayList<>();
        for (ExportColumn c : chosen) {
            if (c.isField()) fieldColumns.add(c.fieldColumn());
            else fields.add(c.standard());
        }
        return new ExportRequest(target, fields, fieldColumns, onlyFiltered.get(), bom.get());
    }

    public String summary(int filtered, int total) {
        return onlyFiltered.get() ? filtered + " posters (the current filter)" : total + " posters (the whole catalogue)";
    }

    public ObservableList<ExportColumn> chosen() {
        return chosen;
    }

    public ObservableList<ExportColumn> available() {
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
