package app.affiche.similar;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Keeps the {@link MetricBandit}'s counts in a small JSON file in the per-user directory
 * ({@value #FILE_NAME} beside the catalogue), written atomically (temp file, then move) after every rating.
 * An unreadable file is reported and set aside as {@code .broken}, and learning starts afresh.
 */
public final class MetricFeedbackStore {
    public static final String FILE_NAME = "similar-metrics.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;

    public MetricFeedbackStore(Path file) {
        this.file = file;
    }

    /** The store in the per-user directory (AffichePaths.home()). */
    public static MetricFeedbackStore inHome(Path home) {
        return new MetricFeedbackStore(home.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** What was saved, or a fresh bandit; {@code problems} receives a message if the file had to be set aside. */
    public MetricBandit load(long seed, java.util.function.Consumer<String> problems) {
        if (!Files.exists(file)) return MetricBandit.fresh(seed);
        try {
            Stored stored = GSON.fromJson(Files.readString(file), Stored.class);
            if (stored == null || stored.arms == null) throw new JsonParseException("no \"arms\" object");
            Map<Metric, ArmStats> arms = new EnumMap<>(Metric.class);
            for (var e : stored.arms.entrySet()) {
                Metric metric = Metric.fromKey(e.getKey());
                arms.put(metric, new ArmStats(e.getValue().pulls, e.getValue().rewardSum));
            }
            return new MetricBandit(stored.epsilon, new Random(seed), arms);
        } catch (IOException | RuntimeException e) {
            problems.accept(file + ": unreadable metric feedback (" + e.getMessage() + "); starting afresh");
            setAside();
            return MetricBandit.fresh(seed);
        }
    }

    public void save(MetricBandit bandit) {
        Stored stored = new Stored();
        stored.epsilon = bandit.epsilon();
        stored.arms = new LinkedHashMap<>();
        bandit.arms().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            StoredArm arm = new StoredArm();
            arm.pulls = e.getValue().pulls();
            arm.rewardSum = e.getValue().rewardSum();
            stored.arms.put(e.getKey().key(), arm);
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            Files.writeString(tmp, GSON.toJson(stored));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save metric feedback to " + file + ": " + e.getMessage(), e);
        }
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".broken"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // Still unreadable next time: the same message is shown again, nothing is lost.
        }
    }

    private static final class Stored {
        int version = 1;
        double epsilon = MetricBandit.DEFAULT_EPSILON;
        Map<String, StoredArm> arms;
    }

    private static final class StoredArm {
        long pulls;
        double rewardSum;
    }
}
