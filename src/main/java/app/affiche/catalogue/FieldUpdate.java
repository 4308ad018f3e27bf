package app.affiche.catalogue;

import app.affiche.poster.FieldValue;

import java.util.List;

/** Field values (already checked against their fields) one labels line or one edit sets on one poster. */
public record FieldUpdate(long posterId, List<FieldValue> values) {
    public FieldUpdate {
        values = List.copyOf(values);
    }
}
