package app.affiche.heads;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {
    private static final List<String> GENRES = List.of("Drama", "Comedy", "Western");

    @Test
    void perfectPredictionsHaveNoSpreadAndNoPostersNoInterval() {
        List<Set<String>> truth = List.of(Set.of("Drama"), Set.of("Comedy", "Western"), Set.of("Drama", "Comedy"));
        var i = Bootstrap.f1Intervals(GENRES, truth, truth, 200, 1);
        assertEquals(new Bootstrap.Interval(1, 1), i.get("micro_f1"));
        assertEquals(new Bootstrap.Interval(1, 1), i.get("macro_f1"));
        assertTrue(Bootstrap.f1Intervals(GENRES, List.of(), List.of(), 200, 1).isEmpty());
    }

    @Test
    void intervalsHoldTheScoreNarrowWithMorePostersAndRepeatForASeed() {
        Random r = new Random(5);
        List<Set<String>> truth = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String g = GENRES.get(r.nextInt(3));
            truth.add(Set.of(g));
            pred.add(Set.of(r.nextDouble() < 0.7 ? g : GENRES.get(r.nextInt(3))));  // right about 80 % of the time
        }
        var small = Bootstrap.f1Intervals(GENRES, truth.subList(0, 200), pred.subList(0, 200), 500, 9);
        var large = Bootstrap.f1Intervals(GENRES, truth, pred, 500, 9);
        double micro = Metrics.summarise(GENRES, truth, pred).microF1();
        assertTrue(large.get("micro_f1").contains(micro), large + " vs " + micro);
        assertTrue(micro > 0.75 && micro < 0.85, "generated accuracy " + micro);
        double wSmall = small.get("micro_f1").high() - small.get("micro_f1").low();
        double wLarge = large.get("micro_f1").high() - large.get("micro_f1").low();
        // the width shrinks as 1/sqrt(n): 20x the posters, about 4.5x narrower
        assertTrue(wLarge < wSmall / 3 && wLarge > 0.005, wSmall + " vs " + wLarge);
        assertEquals(large, Bootstrap.f1Intervals(GENRES, truth, pred, 500, 9), "same seed, same intervals");
    }
}
