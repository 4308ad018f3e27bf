package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.CuratorThresholds;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user {@code thresholds.json} where the window kept the curator's thresholds before the catalogue did
 * (schema v5). Moved into the catalogue once, for every encoder that has no thresholds of its own there yet (the
 * file had one set for all), then renamed {@code .migrated}; an unreadable file is set aside as {@code .broken}.
 * Genres outside the vocabulary and values out of range are dropped. Only the per-user directory's own catalogue
 * takes it: a catalogue opened elsewhere ({@code --catalogue}, a test's) must not carry the user's file off.
 */
public final class LegacyThresholdsFile {
    public static final String FILE_NAME = "thresholds.json";
    private static final Gson GSON = new Gson();

    private LegacyThresholdsFile() {
    }

    /** Moves the file's thresholds into a writable catalogue; returns whether there was a file to move. */
    public static boolean migrate(Catalogue catalogue, Path home, Collection<String> encoderIds) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file) || catalogue.readOnly() || !homeCatalogue(catalogue, home)) return false;
        Optional<CuratorThresholds> read = read(catalogue, file);
        if (read.isPresent() && !read.get().isEmpty()) {
            for (String id : encoderIds) {
                if (catalogue.curatorThresholds(id).isEmpty()) catalogue.setCuratorThresholds(id, read.get());
            }
        }
        setAside(file, read.isPresent() ? ".migrated" : ".broken");
        return true;
    }

    /** What the file holds, for a reader that cannot write the catalogue (empty: no file, or unreadable). */
    public static Optional<CuratorThresholds> peek(Catalogue catalogue, Path home) {
        Path file = home.resolve(FILE_NAME);
        return Files.isRegularFile(file) && homeCatalogue(catalogue, home) ? read(catalogue, file) : Optional.empty();
    }

    private static boolean homeCatalogue(Catalogue catalogue, Path home) {
        try {
            return Files.isSameFile(catalogue.file(), home.resolve("catalogue.db"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<CuratorThresholds> read(Catalogue catalogue, Path file) {
        try {
            Stored s = GSON.fromJson(Files.readString(file), Stored.class);
            if (s == null || s.genres == null) return Optional.of(CuratorThresholds.NONE);
            Map<String, String> vocabulary = new LinkedHashMap<>();
            for (String g : catalogue.genreVocabulary()) vocabulary.put(g.toLowerCase(Locale.ROOT), g);
            Map<String, Double> genres = new LinkedHashMap<>();
            s.genres.forEach((g, v) -> {
                String name = g == null ? null : vocabulary.get(g.strip().toLowerCase(Locale.ROOT));
                if (name != null && v != null && v > 0 && v <= 1) genres.put(name, v);
            });
            Double band = s.band != null && s.band >= 0 && s.band < 1 ? s.band : null;
            return Optional.of(new CuratorThresholds(genres, band));
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static void setAside(Path file, String suffix) {
        try {
            Files.move(file, file.resolveSibling(FILE_NAME + suffix), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // tried again next time; the catalogue's thresholds are set already and are not overwritten
        }
    }

    private static final class Stored {
        Map<String, Double> genres;
        Double band;
    }
}
