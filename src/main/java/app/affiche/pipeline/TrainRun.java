package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;
import app.affiche.heads.TrainingReport;
import app.affiche.poster.Poster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Training on demand from the catalogue: confirmed labels only (curator and import, never model suggestions),
 * the chosen encoder's embeddings, heads saved back with provenance. The UI's training flow calls {@link #run}.
 */
public final class TrainRun {
    private final Catalogue catalogue;
    private final HeadsConfig config;

    public TrainRun(Catalogue catalogue, HeadsConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    public TrainingReport run(String encoderId, TrainingListener listener, BooleanSupplier cancelled) {
        TrainingData data = trainingData(catalogue, encoderId);
        HeadsTrainer.Outcome out = new HeadsTrainer(config).train(data, listener, cancelled);
        TrainedHeads.save(catalogue, out.heads(), out.report());
        return out.report();
    }

    /** Confirmed labels joined with the encoder's embeddings and the posters' years. */
    public static TrainingData trainingData(Catalogue catalogue, String encoderId) {
        Map<Long, Set<String>> confirmed = catalogue.confirmedGenres();
        confirmed.values().removeIf(Set::isEmpty);
        if (confirmed.isEmpty())
            throw new HeadsException("no confirmed labels: label posters or `affiche import --labels CSV` first");
        // the labelled posters' vectors only: all of a million-poster catalogue's would not fit in the heap
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId, confirmed.keySet());
        if (embeddings.isEmpty() && catalogue.embeddedPosterIds(encoderId).length == 0)
            throw new HeadsException("no embeddings for encoder " + encoderId + ": run `affiche embed`");
        Map<Long, Integer> years = new HashMap<>();
        Set<Long> byCurator = new java.util.HashSet<>(catalogue.curatorConfirmed());
        for (Poster p : catalogue.posters(PosterFilter.ALL)) {
            years.put(p.id(), p.year());
            // the dealer's own stock: he confirmed its genres or its year (a year he typed dates it, whatever
            // the genres' source), so its decade counts towards the catalogue's prior
            if (p.year() != null && p.yearSource() == app.affiche.poster.LabelSource.CURATOR) byCurator.add(p.id());
        }
        List<float[]> x = new ArrayList<>();
        List<Set<String>> labels = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Boolean> curated = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(confirmed).entrySet()) {
            float[] v = embeddings.get(e.getKey());
            if (v == null) continue;
            x.add(v);
            labels.add(e.getValue());
            ys.add(years.get(e.getKey()));
            curated.add(byCurator.contains(e.getKey()));
        }
        if (x.isEmpty())
            throw new HeadsException("no embeddings for encoder " + encoderId + " on the " + confirmed.size()
                    + " labelled posters: run `affiche embed`");
        return new TrainingData(encoderId, x.toArray(float[][]::new), labels, ys, catalogue.genreVocabulary(), curated);
    }
}
