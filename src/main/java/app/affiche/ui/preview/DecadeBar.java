package app.affiche.ui.preview;

/**
 * One decade's probability; {@code estimate} marks the decades of the era shown ({@link app.affiche.poster.EraEstimate}),
 * whose words the estimate bars carry in {@code era}.
 */
public record DecadeBar(String label, double probability, boolean estimate, String era) {
    public String percent() {
        return Math.round(probability * 100) + " %";
    }
}
