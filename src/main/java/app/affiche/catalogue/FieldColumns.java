package app.affiche.catalogue;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labels file's extra columns as fields: a column named as a declared field fills it; another is left out and
 * reported with the type its values suggest, or, when asked, declared with that type first. A line with a value its
 * field cannot hold is rejected whole, as a bad year is.
 */
final class FieldColumns {
    /** More distinct values than this (or than half the values) reads as free text, not categories. */
    private static final int MAX_INFERRED_CATEGORIES = 20;

    private final Map<String, FieldDefinition> byColumn = new LinkedHashMap<>();
    final Map<String, FieldType> added = new LinkedHashMap<>();
    final Map<String, FieldType> ignored = new LinkedHashMap<>();

    private FieldColumns() {
    }

    static FieldColumns of(Catalogue catalogue, LabelFile file, boolean addFields) {
        FieldColumns out = new FieldColumns();
        List<FieldDefinition> declared = catalogue.fields();
        for (String column : file.extraColumns) {
            FieldDefinition def = declared.stream().filter(f -> f.name().equalsIgnoreCase(column)).findFirst().orElse(null);
            if (def != null) {
                out.byColumn.put(column, def);
                continue;
            }
            FieldType inferred = infer(file, column);
            if (!addFields) {
                out.ignored.put(column, inferred);
                continue;
            }
            try {
                out.byColumn.put(column, catalogue.addField(column, inferred));
                out.added.put(column, inferred);
            } catch (IllegalArgumentException badName) {
                out.ignored.put(column, inferred);
            }
        }
        return out;
    }

    /** Number when every value is one; category for a few repeated values; else text. */
    static FieldType infer(LabelFile file, String column) {
        List<String> values = new ArrayList<>();
        for (Map<String, String> cells : file.extras.values()) {
            String v = cells.get(column);
            if (v != null) values.add(v.strip());
        }
        if (values.isEmpty()) return FieldType.TEXT;
        boolean numbers = values.stream().allMatch(v -> v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"));
        if (numbers) return FieldType.NUMBER;
        Set<String> distinct = new HashSet<>(values);
        return distinct.size() <= MAX_INFERRED_CATEGORIES && distinct.size() * 2 <= values.size()
                ? FieldType.CATEGORY : FieldType.TEXT;
    }

    boolean any() {
        return !byColumn.isEmpty();
    }

    /** The line's field values; IllegalArgumentException (the line is rejected) for a value its field cannot hold. */
    List<FieldValue> values(Map<String, String> cells) {
        List<FieldValue> out = new ArrayList<>();
        byColumn.forEach((column, def) -> {
            FieldValue v = FieldValues.parse(def, cells.get(column), LabelSource.IMPORT);
            if (v != null) out.add(v);
        });
        return out;
    }
}
