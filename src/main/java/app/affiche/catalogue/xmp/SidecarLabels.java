package app.affiche.catalogue.xmp;

import app.affiche.catalogue.AddResult;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.ImportLabels;
import app.affiche.catalogue.KeptCurator;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Import labels from sidecars found beside the imported files ({@code poster.jpg.xmp}, else {@code poster.xmp}),
 * with source IMPORT, so a curator's genres, title and year stay his. Genres: the {@code Affiche|Genre|…} (or
 * digiKam {@code Affiche/Genre/…}) entries when the sidecar has any, as they are Affiche's own; otherwise the plain
 * {@code dc:subject} keywords that name a genre of the vocabulary (a keyword tagged by hand in digiKam or
 * Lightroom), the other keywords ignored. Title from {@code dc:title}, year from Affiche's namespace. A sidecar
 * Affiche wrote for other bytes (its sha256 differs) is ignored; a malformed one is reported and ignored.
 */
public final class SidecarLabels implements ImportLabels {
    private record Found(Path sidecar, Set<String> genres, String title, Integer year) {
    }

    private final Map<String, String> vocabulary = new HashMap<>();
    private final Map<String, Found> byPath = new ConcurrentHashMap<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    public SidecarLabels(List<String> vocabulary) {
        for (String v : vocabulary) this.vocabulary.put(v.toLowerCase(Locale.ROOT), v);
    }

    @Override
    public void prepare(Path file, String path, String sha256) {
        Path sidecar = SidecarNaming.find(file).orElse(null);
        if (sidecar == null) return;
        SidecarReader.Labels labels;
        try {
            labels = SidecarReader.read(sidecar);
        } catch (IOException e) {
            warnings.add("sidecar " + sidecar + " ignored: " + e.getMessage());
            return;
        }
        if (labels.sha256() != null && !labels.sha256().equalsIgnoreCase(sha256)) {
            warnings.add("sidecar " + sidecar + " ignored: written for another image (its sha256 differs)");
            return;
        }
        Set<String> genres = genres(labels, sidecar);
        if (genres.isEmpty() && labels.title() == null && labels.year() == null) return;
        byPath.put(path, new Found(sidecar, genres.isEmpty() ? null : genres, labels.title(), labels.year()));
    }

    private Set<String> genres(SidecarReader.Labels labels, Path sidecar) {
        Set<String> genres = new TreeSet<>();
        boolean hierarchy = !labels.hierarchyGenres().isEmpty();
        for (String g : hierarchy ? labels.hierarchyGenres() : labels.keywords()) {
            String known = vocabulary.get(g.strip().toLowerCase(Locale.ROOT));
            if (known != null) genres.add(known);
            else if (hierarchy) warnings.add("sidecar " + sidecar + ": genre '" + g + "' is not in the vocabulary "
                    + "(affiche label --add-genre adds it); skipped");
        }
        return genres;
    }

    @Override
    public List<LabelUpdate> forStored(List<NewPoster> posters, List<AddResult> results) {
        List<LabelUpdate> updates = new ArrayList<>();
        for (int i = 0; i < posters.size(); i++) {
            Found f = byPath.get(posters.get(i).path());
            if (f != null) updates.add(new LabelUpdate(results.get(i).id(), f.title(), f.year(), f.genres(), LabelSource.IMPORT));
        }
        return updates;
    }

    /** How many files had a sidecar with labels in it. */
    public int found() {
        return byPath.size();
    }

    /** Sidecars ignored or partly read, with the reason. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * After the import, applies the sidecars of files that were already catalogued ({@code idByPath}: the path each
     * was imported under, to its poster). What the catalogue already holds is left out, so a sidecar Affiche wrote
     * itself is not counted as kept against the curator. Returns what a curator's word kept.
     */
    public KeptCurator applyTo(Catalogue catalogue, Map<String, Long> idByPath) {
        List<LabelUpdate> updates = new ArrayList<>();
        idByPath.forEach((path, id) -> {
            Found f = byPath.get(path);
            Poster p = f == null ? null : catalogue.poster(id).orElse(null);
            if (p == null) return;
            Set<String> confirmed = new LinkedHashSet<>();
            for (GenreLabel l : catalogue.labels(id)) if (l.source().confirmed()) confirmed.add(l.genre());
            Set<String> genres = f.genres() == null || f.genres().equals(new TreeSet<>(confirmed)) ? null : f.genres();
            String title = Objects.equals(f.title(), p.title()) ? null : f.title();
            Integer year = Objects.equals(f.year(), p.year()) ? null : f.year();
            if (genres != null || title != null || year != null) {
                updates.add(new LabelUpdate(id, title, year, genres, LabelSource.IMPORT));
            }
        });
        return updates.isEmpty() ? KeptCurator.NONE : catalogue.applyLabelUpdates(updates);
    }
}
