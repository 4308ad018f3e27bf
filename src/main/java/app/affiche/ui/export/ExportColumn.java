package app.affiche.ui.export;

import app.affiche.catalogue.ExportField;
import app.affiche.catalogue.FieldCells;
import app.affiche.poster.FieldDefinition;

import java.util.ArrayList;
import java.util.List;

/** One choosable column of the export dialog: a catalogue column, or one of an extra field's three. */
public record ExportColumn(ExportField standard, String fieldColumn, String description) {
    public static ExportColumn of(ExportField f) {
        return new ExportColumn(f, null, f.description());
    }

    /** NAME, NAME_source and NAME_predicted of each field, as the CLI export names them. */
    public static List<ExportColumn> ofFields(List<FieldDefinition> fields) {
        List<ExportColumn> out = new ArrayList<>();
        for (String c : FieldCells.columns(fields)) {
            String what = c.endsWith("_source") ? "where the confirmed value came from (curator or import)"
                    : c.endsWith("_predicted") ? "the field head's reading" : "the confirmed value (curator, else import)";
            out.add(new ExportColumn(null, c, "extra field: " + what));
        }
        return out;
    }

    public boolean isField() {
        return fieldColumn != null;
    }

    public String column() {
        return isField() ? fieldColumn : standard.column();
    }
}
