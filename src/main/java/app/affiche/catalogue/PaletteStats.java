package app.affiche.catalogue;

import java.util.List;

/**
 * Palette analytics of a (filtered) catalogue, per genre or per decade. Posters count in every confirmed genre they
 * have (curator, else import: a curator's labels replace imported ones; model suggestions never count), and in the
 * decade of their year; posters without a palette, a confirmed genre or a year (as grouped) are left out.
 *
 * @param by                   "genre" or "decade"
 * @param groups               genres by name, decades in order
 * @param postersWithPalette   posters passing the filter that have a palette (grouped or not)
 */
public record PaletteStats(Grouping by, List<Group> groups, int postersWithPalette) {
    public PaletteStats {
        groups = List.copyOf(groups);
    }

    public enum Grouping {
        GENRE, DECADE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One genre or decade.
     *
     * @param posters   posters in the group (with a palette)
     * @param greyShare share of the group's palettes that is near-grey (each poster's palette sums to 1)
     * @param hues      per hue bin ({@link app.affiche.poster.ColourBins#HUE_NAMES}) its part of the chromatic share
     * @param lights    per lightness bin its part of the whole palette, greys included
     * @param swatches  the colour cells most often a poster's largest colour, most frequent first
     */
    public record Group(String name, int posters, double greyShare, List<Double> hues, List<Double> lights,
                        List<Swatch> swatches) {
        public Group {
            hues = List.copyOf(hues);
            lights = List.copyOf(lights);
            swatches = List.copyOf(swatches);
        }
    }

    /**
     * A typical swatch: a colour cell ({@link app.affiche.poster.ColourBins#cell}) with the mean of the posters'
     * largest colours that fall in it, and the part of the group's posters (with a colour) whose largest it is.
     */
    public record Swatch(int cell, int rgb, int posters, double fraction) {
        public String hex() {
            return String.format("#%06X", rgb & 0xFFFFFF);
        }
    }
}
