package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.FieldValues;
import app.affiche.poster.LabelSource;

import java.util.Map;

/** `label --field`: every NAME=VALUE checked (field known, value of its type) before the label is written. */
final class FieldLabels {
    private FieldLabels() {
    }

    static void check(Catalogue catalogue, Map<String, String> fields) {
        for (var e : fields.entrySet()) FieldValues.parse(catalogue.field(e.getKey()), e.getValue(), LabelSource.CURATOR);
    }
}
