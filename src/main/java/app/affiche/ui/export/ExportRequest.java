package app.affiche.ui.export;

import app.affiche.catalogue.ExportField;

import java.nio.file.Path;
import java.util.List;

/**
 * What the export dialog asks for: these columns in this order, of the filtered posters or of all. Extra fields'
 * columns ({@code fieldColumns}, e.g. rating, rating_source) come after the others, as in the CLI export.
 */
public record ExportRequest(Path target, List<ExportField> fields, List<String> fieldColumns, boolean onlyFiltered,
                            boolean bom) {
    public ExportRequest {
        fields = List.copyOf(fields);
        fieldColumns = List.copyOf(fieldColumns);
        if (fields.isEmpty() && fieldColumns.isEmpty()) throw new IllegalArgumentException("choose at least one column to export");
    }

    public ExportRequest(Path target, List<ExportField> fields, boolean onlyFiltered, boolean bom) {
        this(target, fields, List.of(), onlyFiltered, bom);
    }
}
