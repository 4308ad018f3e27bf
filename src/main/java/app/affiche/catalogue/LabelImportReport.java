package app.affiche.catalogue;

import java.util.Comparator;
import java.util.List;

/**
 * What a labels CSV import did: lines applied, lines whose genres were not applied because a curator had
 * labelled the poster, the rejected lines with their line number (1 = header) and reason, and warnings about
 * lines that were applied differently than they read (a poster named twice: the last line wins).
 */
public record LabelImportReport(int applied, int keptCurator, List<LineError> errors, List<LineError> warnings) {
    public LabelImportReport {
        errors = errors.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
        warnings = warnings.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }

    public record LineError(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }
}
