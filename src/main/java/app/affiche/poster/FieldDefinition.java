package app.affiche.poster;

/**
 * A declared extra field. {@code bins}: for a number field, the named ranges its head is trained as (e.g.
 * {@code bad<5.5<=okay<7<=good}), or null to train it as a regression.
 */
public record FieldDefinition(String name, FieldType type, String bins) {
}
