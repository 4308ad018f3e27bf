package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Least-certain-first on a real catalogue: by the distance to the threshold in force, the reviewed left out. */
class ReviewOrderTest {
    @TempDir
    Path dir;

    @Test
    void posterClosestToAThresholdInForceComesFirst() {
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            long[] id = new long[5];
            for (int i = 0; i < id.length; i++) id[i] = c.addPoster(TestPosters.fake(i));
            c.setModelLabels(id[0], Map.of("Drama", 0.9), Map.of("Drama", 0.5));
            c.setModelLabels(id[1], Map.of("Drama", 0.52), Map.of("Drama", 0.5));
            c.setModelLabels(id[2], Map.of("Horror", 0.35), Map.of("Horror", 0.4));
            c.setModelLabels(id[3], Map.of("Crime", 0.9)); // stored without its threshold: cannot be placed, last
            c.setModelLabels(id[4], Map.of("War", 0.5), Map.of("War", 0.5));
            c.setConfirmedLabels(id[4], Set.of("War"), LabelSource.CURATOR); // reviewed: not in the walk

            List<Long> heads = ids(ReviewOrder.leastCertainFirst(c, PosterFilter.ALL, (g, t) -> t));
            assertEquals(List.of(id[1], id[2], id[0], id[3]), heads);

            // the curator raised Drama to 0.88 (all posters judged by 0.5 here): poster 0 is now the doubtful one
            List<Long> tuned = ids(ReviewOrder.leastCertainFirst(c, PosterFilter.ALL,
                    (g, t) -> g.equals("Drama") ? t * 0.88 / 0.5 : t));
            assertEquals(List.of(id[0], id[2], id[1], id[3]), tuned);
        }
    }

    private static List<Long> ids(List<ReviewOrder.Ranked> ranked) {
        return ranked.stream().map(ReviewOrder.Ranked::posterId).toList();
    }
}
