package app.affiche.palette;

import app.affiche.poster.Palette;

import java.awt.image.BufferedImage;

/** Dominant colour and palette (ColorThief MMCQ on a <=512 px TYPE_3BYTE_BGR copy), near-greys set apart. */
public final class PaletteExtractor {
    public static final int DEFAULT_COLOURS = 6;

    public Palette extract(BufferedImage image, int colours) {
        throw new UnsupportedOperationException("TODO palette");
    }
}
