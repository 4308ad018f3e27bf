package app.affiche.poster;

/** A palette entry: packed 0xRRGGBB, its share of the image's pixels (0..1), and whether it is a near-grey. */
public record PaletteColor(int rgb, double share, boolean nearGrey) {
    public int red() { return (rgb >> 16) & 0xFF; }
    public int green() { return (rgb >> 8) & 0xFF; }
    public int blue() { return rgb & 0xFF; }

    public String hex() {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
