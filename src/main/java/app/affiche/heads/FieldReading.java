package app.affiche.heads;

import java.util.Map;

/**
 * What a field head reads in a poster: a category (or bin) with its probability, whether that clears the class's
 * threshold, and every class's probability; or a regression's number (probability null).
 */
public record FieldReading(String field, String category, Double number, Double probability, boolean sure,
                           Map<String, Double> probabilities) {

    /** "good 64 %", "6.8". */
    public String describe() {
        if (category == null) return app.affiche.poster.FieldValue.formatNumber(Math.round(number * 10) / 10.0);
        return category + " " + Math.round(100 * Math.min(0.99, probability)) + " %" + (sure ? "" : " (unsure)");
    }
}
