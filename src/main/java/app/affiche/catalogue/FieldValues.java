package app.affiche.catalogue;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks field names and turns a typed-in or CSV cell into a field value, refusing what the field cannot hold. */
public final class FieldValues {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    /** Columns a labels file or an export already gives a meaning: a field of that name would be ambiguous. */
    static final Set<String> RESERVED = reserved();

    private FieldValues() {
    }

    private static Set<String> reserved() {
        Set<String> names = new java.util.HashSet<>(Set.of("file", "genres"));
        for (ExportField f : ExportField.values()) names.add(f.column());
        return Set.copyOf(names);
    }

    /** A usable new field name, or IllegalArgumentException saying why not. */
    static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches())
            throw new IllegalArgumentException("not a usable field name: '" + name + "' (a letter, then up to 39 "
                    + "letters, digits or _)");
        String lower = n.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower))
            throw new IllegalArgumentException("'" + n + "' is already a catalogue column; choose another field name");
        if (lower.endsWith("_source") || lower.endsWith("_predicted"))
            throw new IllegalArgumentException("a field name may not end in _source or _predicted (the export's "
                    + "columns beside each field): '" + n + "'");
        return n;
    }

    /**
     * The value {@code raw} sets for this field, or null when raw is blank (no value: the write clears it). A number
     * field takes a plain decimal number ("7.1", "-3", "1e3"), nothing else.
     */
    public static FieldValue parse(FieldDefinition def, String raw, LabelSource source) {
        if (raw == null || raw.isBlank()) return null;
        String v = raw.strip();
        if (def.type() == FieldType.NUMBER) {
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field " + def.name() + " is a number: '" + v + "' is not one");
            }
            if (!Double.isFinite(d) || v.matches("(?i).*[a-z&&[^e]].*"))
                throw new IllegalArgumentException("field " + def.name() + " is a number: '" + v + "' is not one");
            return new FieldValue(def.name(), source, null, d, null);
        }
        return new FieldValue(def.name(), source, def.type() == FieldType.TEXT ? raw : v, null, null);
    }
}
