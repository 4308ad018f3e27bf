package app.affiche.heads;

import app.affiche.poster.Decade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decade head's within-era scorers (issue 14): after the per-decade and boundary scorers, one per decade trained
 * only on its own era's posters, so a vintage scorer tells the 1960s from the 1940s and 1950s.
 */
class WithinEraScorersTest {
    private static final List<Decade> FIVE = List.of(new Decade(1940), new Decade(1950), new Decade(1960),
            new Decade(1990), new Decade(2000));

    @Test
    void eachDecadeGetsAScorerTrainedWithinItsEraThatRanksItsOwnPostersFirst() {
        Sample train = sample(FIVE, 1200, 1);
        DecadeHead head = trainHead(train, FIVE);
        assertEquals(3 * FIVE.size() - 1, head.scorers().size(), "per decade, per boundary, per decade within its era");
        Sample test = sample(FIVE, 1200, 2);
        LinearScorer sixties = head.scorers().get(2 * FIVE.size() - 1 + 2);
        // among vintage test posters only: the within-era 1960s scorer puts 1960s posters above 1940s and 1950s ones
        List<Double> own = new ArrayList<>(), others = new ArrayList<>();
        for (int i = 0; i < test.rows.length; i++) {
            int year = test.years.get(i);
            if (year >= 1970) continue;
            (Decade.ofYear(year).start() == 1960 ? own : others).add(sixties.score(test.rows[i]));
        }
        assertTrue(auc(own, others) > 0.9, "AUC " + auc(own, others));
        int near = 0, vintage = 0;
        for (int i = 0; i < test.rows.length; i++) {
            if (test.years.get(i) >= 1970) continue;
            vintage++;
            double[] x = new double[test.rows[i].length];
            for (int j = 0; j < x.length; j++) x[j] = test.rows[i][j];
            if (Math.abs(head.best(head.probabilities(x)).start() - Decade.ofYear(test.years.get(i)).start()) <= 10) near++;
        }
        assertTrue(near > 0.9 * vintage, near + " of " + vintage + " vintage posters within a decade");
    }

    @Test
    void anEraOfOneDecadeStillTrains() {
        List<Decade> two = List.of(new Decade(1950), new Decade(1990), new Decade(2000));
        DecadeHead head = trainHead(sample(two, 600, 3), two);
        assertEquals(3 * two.size() - 1, head.scorers().size());
        for (LinearScorer s : head.scorers()) for (double w : s.w()) assertTrue(Double.isFinite(w));
    }

    private record Sample(float[][] rows, List<Integer> years) {
    }

    /** 20 % vintage; feature 0 says the era, feature 1 the decade within it, the rest is noise. */
    private static Sample sample(List<Decade> decades, int n, long seed) {
        Random r = new Random(seed);
        List<Decade> old = decades.stream().filter(d -> d.start() < 1980).toList();
        List<Decade> modern = decades.stream().filter(d -> d.start() >= 1980).toList();
        float[][] rows = new float[n][6];
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean vintage = r.nextDouble() < 0.2;
            List<Decade> era = vintage ? old : modern;
            int k = r.nextInt(era.size());
            years.add(era.get(k).start() + r.nextInt(10));
            rows[i][0] = (float) ((vintage ? 2 : -2) + 0.5 * r.nextGaussian());
            rows[i][1] = (float) (2.0 * (k - (era.size() - 1) / 2.0) + 0.4 * r.nextGaussian());
            for (int j = 2; j < 6; j++) rows[i][j] = (float) r.nextGaussian();
        }
        return new Sample(rows, years);
    }

    private static DecadeHead trainHead(Sample s, List<Decade> decades) {
        int n = s.rows.length;
        TrainingData data = new TrainingData("test", s.rows, Collections.nCopies(n, Set.<String>of()), s.years, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new DecadeHeadTrainer(Synthetic.config(), pool, () -> false).train(s.rows, data, decades).head();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double auc(List<Double> pos, List<Double> neg) {
        double wins = 0;
        for (double p : pos) for (double q : neg) wins += p > q ? 1 : p == q ? 0.5 : 0;
        return wins / (pos.size() * (double) neg.size());
    }
}
