package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.ModelNotices;
import app.affiche.heads.Predictor;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;
import app.affiche.catalogue.PosterFilter;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Stores model labels ({@link ModelSuggestions}, with probabilities and thresholds) for every embedded poster that
 * has none yet. Genres a curator or an import already confirmed are not suggested again, and confirmed labels are
 * never touched (the catalogue replaces MODEL labels only).
 */
public final class TagBatch {
    public record Result(int tagged, int alreadyTagged, int notEmbedded) {
    }

    private final Catalogue catalogue;
    private final Predictor predictor;

    public TagBatch(Catalogue catalogue, Predictor predictor) {
        this.catalogue = catalogue;
        this.predictor = predictor;
    }

    public Result run(boolean retagAll, BooleanSupplier cancelled) {
        return run(retagAll, cancelled, (done, total) -> { });
    }

    /** As {@link #run(boolean, BooleanSupplier)}, telling {@code progress} (posters done, of all) after each poster. */
    public Result run(boolean retagAll, BooleanSupplier cancelled, BiConsumer<Integer, Integer> progress) {
        Map<Long, float[]> embeddings = catalogue.embeddings(predictor.encoderId());
        int tagged = 0, skipped = 0, missing = 0;
        List<Poster> posters = catalogue.posters(PosterFilter.ALL);
        try (ModelNotices notices = catalogue.modelNotices()) { // others' windows hear of a chunk at a time
            for (Poster p : posters) {
                progress.accept(tagged + skipped + missing, posters.size());
                if (cancelled.getAsBoolean()) break;
                float[] e = embeddings.get(p.id());
                if (e == null) {
                    missing++;
                    continue;
                }
                List<GenreLabel> labels = catalogue.labels(p.id());
                if (!retagAll && labels.stream().anyMatch(l -> l.source() == LabelSource.MODEL)) {
                    skipped++;
                    continue;
                }
                Prediction pr = predictor.predict(e, p.year());
                catalogue.setModelLabels(p.id(), ModelSuggestions.of(pr, labels), pr.thresholds());
                notices.stored(p.id());
                tagged++;
            }
        }
        progress.accept(tagged + skipped + missing, posters.size());
        return new Result(tagged, skipped, missing);
    }
}
