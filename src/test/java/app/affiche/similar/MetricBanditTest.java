package app.affiche.similar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricBanditTest {
    /** Deterministic reward script: each metric's ratings repeat this cycle (means 0.5, 0.0, 0.5, 0.8). */
    private static final Map<Metric, Rating[]> SCRIPT = Map.of(
            Metric.COSINE, new Rating[]{Rating.OKAY},
            Metric.EUCLIDEAN, new Rating[]{Rating.BAD},
            Metric.MANHATTAN, new Rating[]{Rating.GOOD, Rating.BAD},
            Metric.COSINE_PALETTE, new Rating[]{Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.BAD});

    @Test
    void triesEveryMetricOnceThenConvergesOnTheBest() {
        MetricBandit bandit = MetricBandit.fresh(42);
        Map<Metric, Integer> served = new EnumMap<>(Metric.class);
        List<Metric> firstFour = new ArrayList<>();
        int lastRounds = 0;
        for (int round = 0; round < 1000; round++) {
            Metric m = bandit.choose();
            if (round < 4) firstFour.add(m);
            int n = served.merge(m, 1, Integer::sum);
            Rating[] cycle = SCRIPT.get(m);
            bandit.reward(m, cycle[(n - 1) % cycle.length]);
            if (round >= 800 && m == Metric.COSINE_PALETTE) lastRounds++;
        }
        assertEquals(List.of(Metric.values()), firstFour);
        assertEquals(Metric.COSINE_PALETTE, bandit.best());
        // Exploitation (1 - epsilon) plus its share of exploration: ~92 % expected; 85 % leaves room for chance.
        assertTrue(lastRounds >= 170, "best metric served in " + lastRounds + " of the last 200 rounds");
        assertEquals(0.8, bandit.arms().get(Metric.COSINE_PALETTE).mean(), 0.05);
    }

    @Test
    void sameSeedSameChoices() {
        MetricBandit a = MetricBandit.fresh(3), b = MetricBandit.fresh(3);
        for (int i = 0; i < 200; i++) {
            Metric ma = a.choose(), mb = b.choose();
            assertEquals(ma, mb);
            Rating r = ma == Metric.MANHATTAN ? Rating.GOOD : Rating.BAD;
            a.reward(ma, r);
            b.reward(mb, r);
        }
    }

    @Test
    void feedbackSurvivesARestart(@TempDir Path home) {
        MetricFeedbackStore store = MetricFeedbackStore.inHome(home);
        MetricBandit bandit = store.load(1, msg -> { throw new AssertionError(msg); });
        bandit.reward(Metric.EUCLIDEAN, Rating.GOOD);
        bandit.reward(Metric.EUCLIDEAN, Rating.OKAY);
        bandit.reward(Metric.COSINE, Rating.BAD);
        store.save(bandit);

        MetricBandit reloaded = MetricFeedbackStore.inHome(home).load(1, msg -> { throw new AssertionError(msg); });
        assertEquals(new ArmStats(2, 1.5), reloaded.arms().get(Metric.EUCLIDEAN));
        assertEquals(new ArmStats(1, 0), reloaded.arms().get(Metric.COSINE));
        assertEquals(ArmStats.NONE, reloaded.arms().get(Metric.MANHATTAN));
        assertEquals(Metric.EUCLIDEAN, reloaded.best());
        assertTrue(Files.exists(home.resolve(MetricFeedbackStore.FILE_NAME)));
    }

    @Test
    void brokenFileIsReportedSetAsideAndLearningRestarts(@TempDir Path home) throws Exception {
        Path file = home.resolve(MetricFeedbackStore.FILE_NAME);
        Files.writeString(file, "{\"arms\": {\"cosine\": {\"pulls\": 1, \"rewardSum\": 7}}}");
        List<String> problems = new ArrayList<>();
        MetricBandit bandit = MetricFeedbackStore.inHome(home).load(1, problems::add);
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().contains(MetricFeedbackStore.FILE_NAME), problems.getFirst());
        assertEquals(ArmStats.NONE, bandit.arms().get(Metric.COSINE));
        assertTrue(Files.exists(home.resolve(MetricFeedbackStore.FILE_NAME + ".broken")));
    }
}
