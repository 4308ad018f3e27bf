package app.affiche.ui.review;

import app.affiche.ui.common.FxGuard;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds (and band) the curator set himself, kept in {@code thresholds.json} in the per-user directory, so
 * neither a retrain nor a restart replaces them. Written whole to a temporary file and moved into place; an
 * unreadable file is set aside as {@code .broken} and the heads' own thresholds apply.
 */
public final class TunedThresholdsFile {
    public static final String FILE_NAME = "thresholds.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private final Path file;

    public TunedThresholdsFile(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    public Thresholds.Tuned load() {
        FxGuard.requireBackground("reading thresholds");
        if (!Files.isRegularFile(file)) return Thresholds.Tuned.NONE;
        try {
            Stored s = GSON.fromJson(Files.readString(file), Stored.class);
            if (s == null || s.genres == null) return Thresholds.Tuned.NONE;
            return new Thresholds.Tuned(s.genres, s.band);
        } catch (IOException | JsonParseException | IllegalArgumentException e) {
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // read again next start; the heads' thresholds apply meanwhile
            }
            return Thresholds.Tuned.NONE;
        }
    }

    public void save(Thresholds.Tuned tuned) {
        FxGuard.requireBackground("saving thresholds");
        Stored s = new Stored();
        s.genres = new LinkedHashMap<>(tuned.genres());
        s.band = tuned.band();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            Files.writeString(tmp, GSON.toJson(s));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save thresholds to " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class Stored {
        int version = 1;
        Map<String, Double> genres;
        Double band;
    }
}
