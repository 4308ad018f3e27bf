package app.affiche.cli;

import app.affiche.heads.FieldReading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `predict`'s "fields": per field head, what it reads (a class with its probability, or a number). */
final class FieldReadingJson {
    private FieldReadingJson() {
    }

    static Map<String, Map<String, Object>> of(List<FieldReading> readings) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (FieldReading r : readings) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (r.category() != null) {
                m.put("value", r.category());
                m.put("probability", r.probability());
                m.put("sure", r.sure());
                m.put("probabilities", r.probabilities());
            } else {
                m.put("value", r.number());
            }
            m.put("text", r.describe());
            out.put(r.field(), m);
        }
        return out;
    }

    static String text(Map<String, Map<String, Object>> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((name, m) -> b.append(b.isEmpty() ? "" : ", ").append(name).append(' ').append(m.get("text")));
        return b.toString();
    }
}
