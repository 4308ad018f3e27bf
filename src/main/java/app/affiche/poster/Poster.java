package app.affiche.poster;

import java.time.Instant;

/**
 * A catalogued poster, identified by the SHA-256 of its bytes. Title and year may be unknown (null); each known one
 * has its source (curator or import), as a genre label has, and null when the value is.
 */
public record Poster(long id, String sha256, String path, long sizeBytes, int width, int height, String format,
                     String title, Integer year, Instant importedAt, LabelSource titleSource, LabelSource yearSource) {
    /** A poster whose title and year sources are not known. */
    public Poster(long id, String sha256, String path, long sizeBytes, int width, int height, String format,
                  String title, Integer year, Instant importedAt) {
        this(id, sha256, path, sizeBytes, width, height, format, title, year, importedAt, null, null);
    }

    public Decade decade() {
        return year == null ? null : Decade.ofYear(year);
    }
}
