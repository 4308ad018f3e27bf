package app.affiche.catalogue;

import java.util.List;

/**
 * What a labels CSV import did: lines applied, lines whose genres were not applied because a curator had
 * labelled the poster, and the rejected lines with their line number (1 = header) and reason.
 */
public record LabelImportReport(int applied, int keptCurator, List<LineError> errors) {
    public LabelImportReport {
        errors = List.copyOf(errors);
    }

    public record LineError(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }
}
