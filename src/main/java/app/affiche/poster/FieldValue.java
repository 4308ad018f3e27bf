package app.affiche.poster;

import java.util.Locale;

/**
 * One value of an extra field on one poster, with its source as labels have. A number field's curator or import
 * value is {@code number}; everything else (categories, text, a number head's bin) is {@code text}. A model value
 * carries the head's {@code confidence} (null for a regression's estimate).
 */
public record FieldValue(String field, LabelSource source, String text, Double number, Double confidence) {

    /** The value as shown and exported: 7.1, "mint", or a model's "good" / "6.8". */
    public String display() {
        if (number != null) return formatNumber(number);
        return text == null ? "" : text;
    }

    /** Shortest plain form: 7 rather than 7.0, never exponent notation for everyday values. */
    public static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
