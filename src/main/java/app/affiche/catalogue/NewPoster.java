package app.affiche.catalogue;

import app.affiche.poster.Palette;

/**
 * Everything the import step learned about a file, ready to store. Title and year may be null; so may the
 * perceptual hash (then the duplicate search computes it from the file later).
 */
public record NewPoster(String sha256, String path, long sizeBytes, int width, int height, String format,
                        String title, Integer year, byte[] thumbnailJpeg, Palette palette, Long perceptualHash) {
    /** A poster without a perceptual hash. */
    public NewPoster(String sha256, String path, long sizeBytes, int width, int height, String format,
                     String title, Integer year, byte[] thumbnailJpeg, Palette palette) {
        this(sha256, path, sizeBytes, width, height, format, title, year, thumbnailJpeg, palette, null);
    }
}
