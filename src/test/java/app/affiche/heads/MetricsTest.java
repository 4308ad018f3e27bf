package app.affiche.heads;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTest {
    // truth / predicted for three posters over genres A, B, C:
    //   1: {A, B} / {A}      2: {A} / {A, C}      3: {C} / {B}
    // A: tp 2 fp 0 fn 0 → F1 1;  B: tp 0 fp 1 fn 1 → 0;  C: tp 0 fp 1 fn 1 → 0
    private final List<Set<String>> truth = List.of(Set.of("A", "B"), Set.of("A"), Set.of("C"));
    private final List<Set<String>> pred = List.of(Set.of("A"), Set.of("A", "C"), Set.of("B"));

    @Test
    void handComputedScores() {
        Metrics.Summary s = Metrics.summarise(List.of("A", "B", "C"), truth, pred);
        assertEquals(2.0 * 2 / (2 * 2 + 2 + 2), s.microF1(), 1e-12);       // tp 2, fp 2, fn 2 → 0.5
        assertEquals(1.0 / 3, s.macroF1(), 1e-12);
        assertEquals((1.0 * 2 + 0 * 1 + 0 * 1) / 4, s.weightedF1(), 1e-12); // supports A2 B1 C1
        // per poster: 1: tp1 fp0 fn1 → 2/3;  2: tp1 fp1 fn0 → 2/3;  3: 0
        assertEquals((2.0 / 3 + 2.0 / 3 + 0) / 3, s.samplesF1(), 1e-12);
        assertEquals(1.0, s.perGenre().get(0).precision(), 1e-12);
        assertEquals(0.0, s.perGenre().get(1).recall(), 1e-12);
    }

    @Test
    void genresWithoutSupportAreLeftOutOfMacroAndWeighted() {
        Metrics.Summary s = Metrics.summarise(List.of("A", "Z"), List.of(Set.of("A")), List.of(Set.of("A")));
        assertEquals(1.0, s.macroF1(), 1e-12);
        assertEquals(1.0, s.weightedF1(), 1e-12);
    }

    @Test
    void alwaysDramaBaseline() {
        List<Set<String>> t = List.of(Set.of("Drama"), Set.of("Comedy"), Set.of("Drama", "Comedy"), Set.of("Horror"));
        List<Set<String>> p = List.of(Set.of("Drama"), Set.of("Drama"), Set.of("Drama"), Set.of("Drama"));
        Metrics.Summary s = Metrics.summarise(List.of("Drama", "Comedy", "Horror"), t, p);
        assertEquals(2.0 * 2 / (2 * 2 + 2 + 3), s.microF1(), 1e-12);   // tp 2, fp 2, fn 3
        assertEquals((2.0 * 2 / (4 + 2)) / 3, s.macroF1(), 1e-12);
    }
}
