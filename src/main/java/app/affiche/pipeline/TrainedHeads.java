package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.Heads;
import app.affiche.heads.HeadsCodec;
import app.affiche.heads.HeadsException;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingReport;
import com.google.gson.GsonBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/** Heads as stored in the catalogue: saving with provenance, loading with the encoder check. */
public final class TrainedHeads {
    private TrainedHeads() {
    }

    /**
     * The predictor for an encoder's embeddings. Refuses heads trained on another encoder or dimension, so
     * embeddings of different models are never mixed. It judges by the curator's thresholds stored for the encoder.
     */
    public static Predictor load(Catalogue catalogue, String encoderId, int dimension) {
        byte[] bytes = require(catalogue, encoderId);
        Heads heads = HeadsCodec.decode(bytes);
        check(heads, encoderId, dimension);
        return new Predictor(heads, catalogue.curatorThresholds(encoderId));
    }

    /**
     * The threshold in force for a stored suggestion of this encoder's heads, from the threshold it was judged by: the
     * curator's own where he set one (scaled to the poster's era as the window does), else the judged one. Without
     * heads the judged one stands.
     */
    public static ToDoubleBiFunction<String, Double> inForce(Catalogue catalogue, String encoderId) {
        byte[] bytes = catalogue.loadHeads(encoderId).orElse(null);
        if (bytes == null) return (genre, judgedBy) -> judgedBy;
        Predictor p = new Predictor(HeadsCodec.decode(bytes), catalogue.curatorThresholds(encoderId));
        return p::inForce;
    }

    /** The stored heads for an encoder, or a message saying how to train them (checked before opening a model). */
    public static byte[] require(Catalogue catalogue, String encoderId) {
        return catalogue.loadHeads(encoderId).orElseThrow(() -> new HeadsException(
                "no trained heads for encoder " + encoderId + ": run `affiche train --encoder " + encoderId + "`"));
    }

    static void check(Heads heads, String encoderId, int dimension) {
        if (!heads.encoderId().equals(encoderId))
            throw new HeadsException("heads were trained on encoder " + heads.encoderId() + ", not " + encoderId
                    + ": retrain with `affiche train --encoder " + encoderId + "`");
        if (heads.dimension() != dimension)
            throw new HeadsException("heads expect " + heads.dimension() + "-dimensional embeddings, encoder "
                    + encoderId + " gives " + dimension + ": retrain with `affiche train --encoder " + encoderId + "`");
    }

    public static void save(Catalogue catalogue, Heads heads, TrainingReport report) {
        String previous = catalogue.headsProvenance(heads.encoderId()).orElse(null);
        catalogue.saveHeads(heads.encoderId(), HeadsCodec.encode(heads), provenance(heads, report, previous));
    }

    /** What the app says it predicts with: encoder, label count, date, hyper-parameters, validation F1. */
    static String provenance(Heads heads, TrainingReport report, String previous) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("encoder", heads.encoderId());
        p.put("dimension", heads.dimension());
        p.put("labels", report.samples());
        p.put("trainedAt", Instant.now().toString());
        p.put("config", heads.config());
        var global = report.scopes().stream().filter(s -> s.scope().equals("global")).findFirst().orElseThrow();
        p.put("validationMicroF1", global.microF1());
        p.put("validationMacroF1", global.macroF1());
        p.put("genreF1", global.genreF1());
        p.put("skipped", global.skipped());
        p.put("decadeHeads", heads.perDecade().keySet().stream().map(Object::toString).toList());
        p.put("decadeHeadDecades", report.decadeHeadDecades());
        if (report.decade() != null) p.put("decadePrior", report.decade().prior());
        var gson = new GsonBuilder().serializeSpecialFloatingPointValues().create();
        com.google.gson.JsonObject json = gson.toJsonTree(p).getAsJsonObject();
        json.add(VintageCurve.KEY, VintageCurve.extend(previous, report.decade()));
        return gson.toJson(json);
    }
}
