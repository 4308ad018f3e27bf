package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.Bins;
import app.affiche.heads.FieldEvaluation;
import app.affiche.heads.FieldHead;
import app.affiche.heads.FieldHeadCodec;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.FieldHeadTrainer;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import com.google.gson.GsonBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * `affiche train --field`: a head for one extra field from its confirmed values (curator, else import; never the
 * model's) and the encoder's embeddings, cross-validated against a trivial baseline, then trained on all and stored
 * with that report as provenance. Everything is checked before training, and nothing is stored unless it succeeds.
 */
public final class FieldTrainRun {
    /** A regression needs at least this many labelled posters (a category needs {@code minPositives} per class). */
    public static final int MIN_NUMBERS = 20;

    private final Catalogue catalogue;
    private final HeadsConfig config;
    private final int folds;

    public FieldTrainRun(Catalogue catalogue, HeadsConfig config, int folds) {
        this.catalogue = catalogue;
        this.config = config;
        this.folds = folds;
    }

    public record Outcome(FieldHead head, FieldHeadReport report) {
    }

    /**
     * @param bins for a number field: bins to train as (stored with the field), or null for the field's own bins;
     *             {@code regression} ignores any bins
     */
    public Outcome run(String field, String encoderId, String bins, boolean regression, BooleanSupplier cancelled) {
        FieldDefinition def = catalogue.field(field);
        if (def.type() == FieldType.TEXT)
            throw new IllegalArgumentException("field " + def.name() + " is text: only number and category fields can "
                    + "have a head");
        if (bins != null && def.type() != FieldType.NUMBER)
            throw new IllegalArgumentException("--bins is for number fields; " + def.name() + " is a " + def.type().key());
        if (bins != null && regression) throw new IllegalArgumentException("--bins and --regression exclude each other");
        String spec = regression ? null : bins != null ? Bins.parse(bins).spec() : def.bins();
        FieldHeadTrainer.Data data = data(def, encoderId, spec);
        FieldHeadTrainer trainer = new FieldHeadTrainer(config);
        FieldHeadReport report = FieldEvaluation.crossValidate(trainer, data, folds, config.seed(), cancelled);
        FieldHead head = trainer.train(data, cancelled);
        if (bins != null) catalogue.setFieldBins(def.name(), spec);
        catalogue.saveFieldHead(def.name(), encoderId, FieldHeadCodec.encode(head), provenance(head, report));
        return new Outcome(head, report);
    }

    FieldHeadTrainer.Data data(FieldDefinition def, String encoderId, String spec) {
        Map<Long, FieldValue> values = catalogue.confirmedFieldValues(def.name());
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        if (embeddings.isEmpty()) throw new HeadsException("no embeddings for encoder " + encoderId + ": run `affiche embed`");
        Bins b = spec == null ? null : Bins.parse(spec);
        List<float[]> x = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (var e : values.entrySet()) {
            float[] v = embeddings.get(e.getKey());
            if (v == null) continue;
            FieldValue fv = e.getValue();
            if (def.type() == FieldType.NUMBER && b == null) {
                numbers.add(fv.number());
            } else {
                String label = b != null ? b.of(fv.number()) : fv.text();
                if (label == null) continue; // a range the bins leave out
                labels.add(label);
            }
            x.add(v);
        }
        float[][] rows = x.toArray(float[][]::new);
        if (def.type() == FieldType.NUMBER && b == null) {
            if (rows.length < MIN_NUMBERS)
                throw new HeadsException(tooFew(def, rows.length, values.size(), MIN_NUMBERS + " to train a regression"));
            return new FieldHeadTrainer.Data(def.name(), encoderId, rows, null, null,
                    numbers.stream().mapToDouble(Double::doubleValue).toArray(), null);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String l : labels) counts.merge(l, 1, Integer::sum);
        List<String> classes = b != null ? b.classes() : List.copyOf(counts.keySet());
        if (rows.length == 0) throw new HeadsException(tooFew(def, 0, values.size(), "some to train"));
        if (b == null && counts.size() < 2) // bins name two classes at least: their counts say more below
            throw new HeadsException("field " + def.name() + " has one value ('" + counts.keySet().iterator().next()
                    + "') on its " + rows.length + " labelled posters: a head needs at least two");
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String c : classes) ordered.put(c, counts.getOrDefault(c, 0));
        for (var e : ordered.entrySet()) {
            if (e.getValue() < config.minPositives())
                throw new HeadsException("field " + def.name() + ": '" + e.getKey() + "' has " + e.getValue()
                        + " labelled posters with embeddings, needs " + config.minPositives() + " (counts: " + ordered
                        + "); label more posters" + (b == null ? "" : " or choose other bins"));
        }
        int[] classOf = labels.stream().mapToInt(classes::indexOf).toArray();
        return new FieldHeadTrainer.Data(def.name(), encoderId, rows, classes, classOf, null, spec);
    }

    private static String tooFew(FieldDefinition def, int embedded, int labelled, String needs) {
        return "field " + def.name() + " has " + embedded + " labelled posters with embeddings (" + labelled
                + " labelled in all), needs " + needs + ": label more posters or run `affiche embed`";
    }

    private static String provenance(FieldHead head, FieldHeadReport report) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("field", head.field());
        p.put("encoder", head.encoderId());
        p.put("dimension", head.dimension());
        p.put("bins", head.bins());
        p.put("trainedAt", Instant.now().toString());
        p.put("report", report);
        return new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create().toJson(p);
    }
}
