package app.affiche.poster;

import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class EraEstimateTest {
    private static TreeMap<Decade, Double> probs(int first, double... p) {
        TreeMap<Decade, Double> m = new TreeMap<>();
        for (int i = 0; i < p.length; i++) m.put(new Decade(first + 10 * i), p[i]);
        return m;
    }

    @Test
    void aSureDecadeIsShownAloneButNeverAtOneHundredPercent() {
        EraEstimate e = EraEstimate.of(probs(1940, 0.001, 0.998, 0.001));
        assertEquals("1950s", e.range());
        assertTrue(e.sure());
        assertEquals("1950s (99 %)", e.describe());
    }

    @Test
    void anUnsureHeadShowsTheNarrowestLikelyRun() {
        assertEquals("1940s–1950s (75 %)", EraEstimate.of(probs(1930, 0.05, 0.35, 0.40, 0.10, 0.10)).describe());
        assertEquals("1950s–1970s (70 %)", EraEstimate.of(probs(1930, 0.1, 0.2, 0.2, 0.2, 0.3)).describe());
        double e = 0.125; // eight decades alike: no run of three reaches 60 %; ties go to the earliest
        EraEstimate flat = EraEstimate.of(probs(1930, e, e, e, e, e, e, e, e));
        assertFalse(flat.sure());
        assertEquals("unsure: 1930s–1950s (38 %)", flat.describe());
        assertNull(EraEstimate.of(new TreeMap<>()));
    }

    @Test
    void aRunNeverSpansAGapInTheDecades() {
        TreeMap<Decade, Double> m = new TreeMap<>();
        m.put(new Decade(1930), 0.3);
        m.put(new Decade(1970), 0.3); // the head has no 1940s-1960s: 1930s and 1970s are not neighbours
        m.put(new Decade(1980), 0.4);
        assertEquals("1970s–1980s (70 %)", EraEstimate.of(m).describe());
    }
}
