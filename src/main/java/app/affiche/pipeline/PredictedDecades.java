package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.Predictor;
import app.affiche.poster.Decade;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The decade head's odds for every poster embedded with an encoder, from the image alone, for the export's
 * predicted-decade columns: an undated poster still gets an era the dealer's shop can file it under.
 */
public final class PredictedDecades {
    private PredictedDecades() {
    }

    /**
     * Poster id to decade probabilities; empty when the encoder has no trained heads or no embeddings. Heads trained
     * for another dimension throw {@link app.affiche.heads.HeadsException} with how to retrain.
     */
    public static Map<Long, SortedMap<Decade, Double>> of(Catalogue catalogue, String encoderId) {
        if (encoderId == null || catalogue.loadHeads(encoderId).isEmpty()) return Map.of();
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        if (embeddings.isEmpty()) return Map.of();
        Predictor predictor = TrainedHeads.load(catalogue, encoderId, embeddings.values().iterator().next().length);
        Map<Long, SortedMap<Decade, Double>> odds = new HashMap<>();
        embeddings.forEach((id, e) -> odds.put(id, predictor.decadeOdds(e)));
        return odds;
    }
}
