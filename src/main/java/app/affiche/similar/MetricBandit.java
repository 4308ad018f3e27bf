package app.affiche.similar;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Epsilon-greedy bandit over the distance {@link Metric}s, rewarded by designers' ratings of the similar posters
 * a metric produced (good 1, okay 0.5, bad 0). Every metric is tried once before exploiting; then, with probability
 * epsilon a random metric, else the best mean so far (ties to the earlier metric). Thread-safe.
 */
public final class MetricBandit {
    public static final double DEFAULT_EPSILON = 0.1;

    private final double epsilon;
    private final Random random;
    private final Map<Metric, ArmStats> arms = new EnumMap<>(Metric.class);

    public MetricBandit(double epsilon, Random random, Map<Metric, ArmStats> start) {
        if (!(epsilon >= 0 && epsilon <= 1)) throw new IllegalArgumentException("epsilon must be in [0,1]: " + epsilon);
        this.epsilon = epsilon;
        this.random = random;
        for (Metric m : Metric.values()) arms.put(m, start.getOrDefault(m, ArmStats.NONE));
    }

    public static MetricBandit fresh(long seed) {
        return new MetricBandit(DEFAULT_EPSILON, new Random(seed), Map.of());
    }

    public synchronized Metric choose() {
        for (Metric m : Metric.values()) if (arms.get(m).pulls() == 0) return m;
        if (random.nextDouble() < epsilon) return Metric.values()[random.nextInt(Metric.values().length)];
        return best();
    }

    /** The metric with the best mean reward so far (ties and untried to the earlier metric). */
    public synchronized Metric best() {
        Metric best = Metric.COSINE;
        for (Metric m : Metric.values()) if (arms.get(m).mean() > arms.get(best).mean()) best = m;
        return best;
    }

    public synchronized void reward(Metric metric, Rating rating) {
        arms.put(metric, arms.get(metric).plus(rating.reward()));
    }

    public synchronized Map<Metric, ArmStats> arms() {
        return Map.copyOf(arms);
    }

    public double epsilon() {
        return epsilon;
    }
}
