package app.affiche.poster;

import java.util.List;

/**
 * Dominant colours of an image. {@code colours} holds the chromatic ones, {@code greys} the near-greys set
 * apart so they don't drown the palette; both ordered by share, largest first.
 *
 * @param requested how many colours were asked for
 * @param fewerThanRequested true when the image has fewer distinct colours than asked
 */
public record Palette(PaletteColor dominant, List<PaletteColor> colours, List<PaletteColor> greys,
                      int requested, boolean fewerThanRequested) {
    public Palette {
        colours = List.copyOf(colours);
        greys = List.copyOf(greys);
    }
}
