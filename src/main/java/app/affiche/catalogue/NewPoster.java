package app.affiche.catalogue;

import app.affiche.poster.Palette;

/** Everything the import step learned about a file, ready to store. Title and year may be null. */
public record NewPoster(String sha256, String path, long sizeBytes, int width, int height, String format,
                        String title, Integer year, byte[] thumbnailJpeg, Palette palette) {
}
