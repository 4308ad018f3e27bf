package app.affiche.ui.training;

import app.affiche.catalogue.Catalogue;
import app.affiche.embedding.Encoder;
import app.affiche.heads.GenreHead;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.TrainedHeads;
import app.affiche.ui.common.FxGuard;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Trained heads as the UI uses them: the predictor, when and on how many labels, and its thresholds. */
public record LoadedHeads(Predictor predictor, Instant trainedAt, int labels, Map<String, Double> thresholds,
                          double band) {

    /** The heads stored for this encoder, or empty when none were trained yet. Background thread. */
    public static Optional<LoadedHeads> load(Catalogue catalogue, Encoder encoder) {
        FxGuard.requireBackground("loading heads");
        if (catalogue.loadHeads(encoder.id()).isEmpty()) return Optional.empty();
        Predictor predictor = TrainedHeads.load(catalogue, encoder.id(), encoder.dimension());
        Instant at = Instant.EPOCH;
        int labels = 0;
        String json = catalogue.headsProvenance(encoder.id()).orElse(null);
        if (json != null) {
            JsonObject p = JsonParser.parseString(json).getAsJsonObject();
            if (p.has("trainedAt")) at = Instant.parse(p.get("trainedAt").getAsString());
            if (p.has("labels")) labels = p.get("labels").getAsInt();
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (GenreHead g : predictor.heads().global().heads()) thresholds.put(g.genre(), g.threshold());
        return Optional.of(new LoadedHeads(predictor, at, labels, thresholds,
                predictor.heads().config().suggestionBand()));
    }
}
