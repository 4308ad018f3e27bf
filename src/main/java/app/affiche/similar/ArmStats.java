package app.affiche.similar;

/** What one metric has earned so far: how many ratings and their summed reward. */
public record ArmStats(long pulls, double rewardSum) {
    public static final ArmStats NONE = new ArmStats(0, 0);

    public ArmStats {
        if (pulls < 0 || rewardSum < 0 || rewardSum > pulls)
            throw new IllegalArgumentException("inconsistent arm: pulls=" + pulls + ", rewardSum=" + rewardSum);
    }

    public double mean() {
        return pulls == 0 ? 0 : rewardSum / pulls;
    }

    ArmStats plus(double reward) {
        return new ArmStats(pulls + 1, rewardSum + reward);
    }
}
