package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Resolves a POSTER argument: a catalogue id, a SHA-256 prefix (at least 6 hex digits), or a file path. */
final class PosterRef {
    private PosterRef() {
    }

    static long resolve(Catalogue catalogue, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,12}") && catalogue.poster(Long.parseLong(r)).isPresent()) return Long.parseLong(r);
        if (r.matches("[0-9a-fA-F]{6,64}")) {
            List<Long> ids = catalogue.posterIdsByShaPrefix(r);
            if (ids.size() == 1) return ids.getFirst();
            if (ids.size() > 1) throw new IllegalArgumentException("SHA-256 prefix '" + r + "' matches several posters "
                    + ids + "; give more digits");
        }
        Path path = Path.of(r).toAbsolutePath().normalize();
        OptionalLong byPath = catalogue.posterIdByPath(path.toString());
        if (byPath.isPresent()) return byPath.getAsLong();
        if (Files.isRegularFile(path)) {
            try {
                OptionalLong bySha = catalogue.posterIdBySha(Sha256.of(path));
                if (bySha.isPresent()) return bySha.getAsLong();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("no poster '" + ref + "' in the catalogue (give an id, a SHA-256 prefix "
                + "or the path of an imported file)");
    }
}
