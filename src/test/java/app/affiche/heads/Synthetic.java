package app.affiche.heads;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generated embeddings whose genres are linear functions of the features, for tests that must know the truth. */
final class Synthetic {
    static final List<String> GENRES = List.of("Alpha", "Beta", "Rare");

    private Synthetic() {
    }

    /** Alpha ⇔ x0 > 0, Beta ⇔ x1 + x2 > 0.6; "Rare" on exactly {@code rare} posters; years 1950s or 1990s. */
    static TrainingData data(int n, int dim, int rare, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][dim];
        List<Set<String>> labels = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) x[i][j] = (float) r.nextGaussian();
            Set<String> g = new HashSet<>();
            if (x[i][0] > 0) g.add("Alpha");
            if (x[i][1] + x[i][2] > 0.6) g.add("Beta");
            if (i < rare) g.add("Rare");
            labels.add(g);
            boolean old = x[i][3] > 0;
            years.add(old ? 1950 + r.nextInt(10) : 1990 + r.nextInt(10));
            x[i][3] += old ? 2 : -2;
        }
        return new TrainingData("synthetic-enc", x, labels, years, GENRES);
    }

    /**
     * Like {@link #data} for Alpha alone, but on 1950s posters Alpha is commoner and only loosely follows x0 (as
     * genres follow the features less on old posters): their scores sit lower and their own F1 optimum too.
     */
    static TrainingData eraShifted(int n, int dim, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][dim];
        List<Set<String>> labels = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) x[i][j] = (float) r.nextGaussian();
            boolean old = i % 2 == 0;
            boolean alpha = old ? x[i][0] + 1.5 * r.nextGaussian() > -0.3 : x[i][0] > 0.5;
            labels.add(alpha ? Set.of("Alpha") : Set.of());
            years.add(old ? 1950 + r.nextInt(10) : 1990 + r.nextInt(10));
        }
        return new TrainingData("synthetic-enc", x, labels, years, List.of("Alpha"));
    }

    /** Defaults, except a unit decade feature: here genres do not depend on the decade at all. */
    static HeadsConfig config() {
        return HeadsConfig.defaults().withMinimums(10, 50).withDecadeFeatureScale(1);
    }
}
