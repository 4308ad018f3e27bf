package app.affiche.ui.training;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.ModelSuggestions;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;
import app.affiche.ui.common.FxGuard;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** After retraining: new suggestions for every poster without confirmed genres (confirmed ones are left alone). */
final class Repredict {
    private Repredict() {
    }

    static int run(Catalogue catalogue, Predictor predictor, BooleanSupplier cancelled) {
        FxGuard.requireBackground("re-predicting");
        Map<Long, float[]> embeddings = catalogue.embeddings(predictor.encoderId());
        List<Poster> unconfirmed = catalogue.posters(new PosterFilter(null, null, true, null, Integer.MAX_VALUE, 0));
        int n = 0;
        try (app.affiche.catalogue.ModelNotices notices = catalogue.modelNotices()) {
            for (Poster p : unconfirmed) {
                if (cancelled.getAsBoolean()) break;
                float[] e = embeddings.get(p.id());
                if (e == null) continue;
                Prediction prediction = predictor.predict(e, p.year());
                catalogue.setModelLabels(p.id(), ModelSuggestions.of(prediction, catalogue.labels(p.id())),
                        prediction.thresholds());
                notices.stored(p.id());
                n++;
            }
        }
        return n;
    }
}
