package app.affiche.ui.training;

/**
 * A field head to train beside the genre heads. {@code bins}: a number field's named ranges
 * ("bad<5.5<=okay<7<=good"), or null for the field's own; {@code regression} trains a number field as one.
 */
public record FieldChoice(String field, String bins, boolean regression) {
}
