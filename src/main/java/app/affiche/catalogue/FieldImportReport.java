package app.affiche.catalogue;

import app.affiche.poster.FieldType;

import java.util.Map;

/**
 * What a labels file did to extra fields: values written, how many differ from a curator's value that stays, the
 * fields it declared (with --add-fields, type inferred from the values), and the columns it left out with the type
 * their values suggest.
 */
public record FieldImportReport(int values, int keptCurator, Map<String, FieldType> added, Map<String, FieldType> ignored) {
    public FieldImportReport {
        added = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(added));
        ignored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ignored));
    }

    public static final FieldImportReport NONE = new FieldImportReport(0, 0, Map.of(), Map.of());
}
