package app.affiche.ui.training;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.FieldHeadReport;
import app.affiche.heads.FieldHeadReportText;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsException;
import app.affiche.pipeline.FieldHeads;
import app.affiche.pipeline.FieldTrainRun;
import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The Retrain window's field heads, on the training thread: each chosen field trained as `affiche train --field`
 * trains it (5-fold report beside its baseline), one field's refusal not stopping the others; then the new heads
 * read the catalogue as `affiche tag` does, so their values are in use at once.
 */
final class FieldHeadTraining {
    static final int FOLDS = 5;

    private FieldHeadTraining() {
    }

    /** The fields a head can be trained for: numbers and categories (text has nothing to learn). */
    static List<FieldDefinition> trainable(List<FieldDefinition> fields) {
        return fields.stream().filter(f -> f.type() != FieldType.TEXT).toList();
    }

    static List<FieldHeadLine> run(Catalogue catalogue, String encoderId, List<FieldChoice> choices,
                                   Consumer<String> progress, BooleanSupplier cancelled) {
        List<FieldHeadLine> lines = new ArrayList<>();
        int done = 0;
        for (FieldChoice c : choices) {
            progress.accept(String.format(Locale.ROOT, "Training the field head for %s (%d of %d)…", c.field(), ++done,
                    choices.size()));
            try {
                FieldHeadReport r = new FieldTrainRun(catalogue, HeadsConfig.defaults(), FOLDS)
                        .run(c.field(), encoderId, c.bins(), c.regression(), cancelled).report();
                lines.add(new FieldHeadLine(c.field(), FieldHeadReportText.describe(r, encoderId), null));
            } catch (HeadsException | IllegalArgumentException e) { // too few labels, one value, bad bins: say why
                lines.add(new FieldHeadLine(c.field(), null, e.getMessage()));
            }
        }
        if (lines.stream().anyMatch(FieldHeadLine::trained)) {
            progress.accept("Reading the fields with the new heads…");
            FieldHeads.tag(catalogue, encoderId, cancelled);
        }
        return lines;
    }
}
