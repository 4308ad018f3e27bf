package app.affiche.heads;

import java.util.List;
import java.util.Map;

/**
 * The genre heads of one scope: "global" or a decade label such as "1950s".
 *
 * @param skipped genre → why it was not trained here (too few examples)
 */
public record HeadSet(String scope, int samples, List<GenreHead> heads, Map<String, String> skipped) {
    public HeadSet {
        heads = List.copyOf(heads);
        skipped = Map.copyOf(skipped);
    }

    public GenreHead head(String genre) {
        for (GenreHead h : heads) if (h.genre().equals(genre)) return h;
        return null;
    }
}
