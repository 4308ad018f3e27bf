package app.affiche.ui.preview;

/** One decade's probability; {@code estimate} marks the most likely decade. */
public record DecadeBar(String label, double probability, boolean estimate) {
    public String percent() {
        return Math.round(probability * 100) + " %";
    }
}
