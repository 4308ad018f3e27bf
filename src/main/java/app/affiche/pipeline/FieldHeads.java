package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.FieldHead;
import app.affiche.heads.FieldHeadCodec;
import app.affiche.heads.FieldReading;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** The field heads stored for an encoder: loading them, reading a poster with each, and tagging the catalogue. */
public final class FieldHeads {
    private FieldHeads() {
    }

    /** The heads that fit this encoder's embeddings of this dimension (others are skipped: retrain them). */
    public static List<FieldHead> load(Catalogue catalogue, String encoderId, int dimension) {
        List<FieldHead> heads = new ArrayList<>();
        for (String field : catalogue.fieldsWithHeads(encoderId)) {
            FieldHead h = FieldHeadCodec.decode(catalogue.loadFieldHead(field, encoderId).orElseThrow());
            if (h.dimension() == dimension) heads.add(h);
        }
        return heads;
    }

    public static List<FieldReading> read(List<FieldHead> heads, float[] embedding) {
        List<FieldReading> out = new ArrayList<>();
        for (FieldHead h : heads) out.add(h.read(embedding));
        return out;
    }

    /**
     * Stores each head's reading as the model's value of its field on every embedded poster without a confirmed
     * value (a curator's or an import's is never predicted over). Returns the posters tagged per field.
     */
    public static Map<String, Integer> tag(Catalogue catalogue, String encoderId, BooleanSupplier cancelled) {
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        Map<String, Integer> tagged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (embeddings.isEmpty()) return tagged;
        int dim = embeddings.values().iterator().next().length;
        for (FieldHead head : load(catalogue, encoderId, dim)) {
            Set<Long> confirmed = new HashSet<>(catalogue.confirmedFieldValues(head.field()).keySet());
            Map<Long, FieldValue> values = new TreeMap<>();
            for (var e : embeddings.entrySet()) {
                if (cancelled.getAsBoolean()) return tagged;
                if (confirmed.contains(e.getKey())) continue;
                values.put(e.getKey(), value(head.read(e.getValue())));
            }
            catalogue.setModelFieldValues(head.field(), values);
            tagged.put(head.field(), values.size());
        }
        return tagged;
    }

    static FieldValue value(FieldReading r) {
        return r.category() == null ? new FieldValue(r.field(), LabelSource.MODEL, null, r.number(), null)
                : new FieldValue(r.field(), LabelSource.MODEL, r.category(), null, r.probability());
    }
}
