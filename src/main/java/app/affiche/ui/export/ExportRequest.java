package app.affiche.ui.export;

import app.affiche.catalogue.ExportField;

import java.nio.file.Path;
import java.util.List;

/** What the export dialog asks for: these columns in this order, of the filtered posters or of all. */
public record ExportRequest(Path target, List<ExportField> fields, boolean onlyFiltered, boolean bom) {
    public ExportRequest {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("choose at least one column to export");
    }
}
