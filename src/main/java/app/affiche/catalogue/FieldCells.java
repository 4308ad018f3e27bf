package app.affiche.catalogue;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The export's columns for extra fields: {@code NAME} (the confirmed value, curator else import: what import --labels
 * reads back), {@code NAME_source} (curator or import) and {@code NAME_predicted} (the model's value, with its
 * confidence for a category, e.g. {@code good:0.640}). Import leaves the last two alone.
 */
public final class FieldCells {
    private FieldCells() {
    }

    /** Every column of these fields, in the default order. */
    public static List<String> columns(List<FieldDefinition> fields) {
        List<String> out = new ArrayList<>();
        for (FieldDefinition f : fields) {
            out.add(f.name());
            out.add(f.name() + "_source");
            out.add(f.name() + "_predicted");
        }
        return out;
    }

    /** The column of these fields a name asks for (any case), spelled as the field is; null if none. */
    public static String column(List<FieldDefinition> fields, String name) {
        for (String c : columns(fields)) if (c.equalsIgnoreCase(name.strip())) return c;
        return null;
    }

    static String cell(String column, List<FieldValue> values) {
        String lower = column.toLowerCase(Locale.ROOT);
        boolean source = lower.endsWith("_source");
        boolean predicted = lower.endsWith("_predicted");
        String field = source ? column.substring(0, column.length() - 7)
                : predicted ? column.substring(0, column.length() - 10) : column;
        FieldValue confirmed = null;
        FieldValue model = null;
        for (FieldValue v : values) {
            if (!v.field().equalsIgnoreCase(field)) continue;
            if (v.source() == LabelSource.MODEL) model = v;
            else if (confirmed == null) confirmed = v; // curator sorts before import
        }
        if (predicted) {
            if (model == null) return "";
            return model.confidence() == null ? model.display()
                    : model.display() + ":" + String.format(Locale.ROOT, "%.3f", model.confidence());
        }
        if (confirmed == null) return "";
        return source ? confirmed.source().key() : confirmed.display();
    }
}
