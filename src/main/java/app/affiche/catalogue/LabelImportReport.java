package app.affiche.catalogue;

import java.util.List;

/**
 * What a labels CSV import did: lines applied, lines whose genres were not applied because a curator had
 * labelled the poster, the rejected lines with their line number (1 = header) and reason, and the lines for
 * posters this catalogue does not hold (a shop-wide labels file on one folder's import: skipped, not errors).
 */
public record LabelImportReport(int applied, int keptCurator, List<LineError> errors, List<LineError> unmatched) {
    public LabelImportReport {
        errors = List.copyOf(errors);
        unmatched = List.copyOf(unmatched);
    }

    public LabelImportReport(int applied, int keptCurator, List<LineError> errors) {
        this(applied, keptCurator, errors, List.of());
    }

    public record LineError(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }
}
