package app.affiche.poster;

/** Where a genre label came from. Curator and import labels are "confirmed"; model labels are suggestions. */
public enum LabelSource {
    CURATOR, IMPORT, MODEL;

    public boolean confirmed() {
        return this != MODEL;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The source stored as {@link #key()}; null for null (a field with no value has no source). */
    public static LabelSource ofKey(String key) {
        return key == null ? null : valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
