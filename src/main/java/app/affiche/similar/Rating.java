package app.affiche.similar;

/** A designer's verdict on one suggested similar poster, and the bandit reward it is worth. */
public enum Rating {
    GOOD(1.0), OKAY(0.5), BAD(0.0);

    private final double reward;

    Rating(double reward) {
        this.reward = reward;
    }

    public double reward() {
        return reward;
    }
}
