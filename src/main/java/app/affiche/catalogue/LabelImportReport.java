package app.affiche.catalogue;

import java.util.Comparator;
import java.util.List;

/**
 * What a labels CSV import did: lines applied, what those lines left as a curator had it (genres of posters a
 * curator labelled, titles and years a curator set differently), the rejected lines with their line number
 * (1 = header) and reason, and warnings about lines that were applied differently than they read (a poster named
 * twice: the last line wins), and the lines for posters this catalogue does not hold (a shop-wide labels file on one
 * folder's import: skipped, not errors).
 */
public record LabelImportReport(int applied, KeptCurator kept, List<LineError> errors, List<LineError> warnings,
                                List<LineError> unmatched) {
    public LabelImportReport {
        errors = sorted(errors);
        warnings = sorted(warnings);
        unmatched = sorted(unmatched);
    }

    /** Lines whose genres were not applied because a curator had labelled the poster. */
    public int keptCurator() {
        return kept.genres();
    }

    private static List<LineError> sorted(List<LineError> lines) {
        return lines.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }

    public record LineError(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }
}
