package app.affiche.poster;

import java.util.Locale;

/** What an extra catalogue field holds: a number (a price, a rating), one of a few categories (condition), or text. */
public enum FieldType {
    NUMBER, CATEGORY, TEXT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldType ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
