package app.affiche.poster;

import java.time.Instant;

/** A catalogued poster, identified by the SHA-256 of its bytes. Title and year may be unknown (null). */
public record Poster(long id, String sha256, String path, long sizeBytes, int width, int height, String format,
                     String title, Integer year, Instant importedAt) {
    public Decade decade() {
        return year == null ? null : Decade.ofYear(year);
    }
}
