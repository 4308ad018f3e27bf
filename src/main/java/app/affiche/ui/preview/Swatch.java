package app.affiche.ui.preview;

import app.affiche.poster.PaletteColor;

/** A palette colour as shown: hex text, share of the poster in percent, and whether it is a near-grey. */
public record Swatch(String hex, int rgb, int percent, boolean nearGrey) {
    static Swatch of(PaletteColor c) {
        return new Swatch(c.hex(), c.rgb(), (int) Math.round(c.share() * 100), c.nearGrey());
    }
}
