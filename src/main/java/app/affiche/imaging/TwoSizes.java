package app.affiche.imaging;

import java.awt.image.BufferedImage;

/**
 * One file decoded for two uses: {@code large} is what {@link PosterDecoder#read(java.nio.file.Path, int)} gives for
 * the larger side asked (the import's palette, thumbnail and hash), {@code small} what it gives for the smaller (the
 * encoder's input), pixel for pixel. {@code oneDecode}: both came from a single decode of the file. Read-only: when
 * both sizes decode alike the two may share pixels.
 */
public record TwoSizes(BufferedImage large, BufferedImage small, boolean oneDecode) {
}
