package app.affiche.catalogue;

import app.affiche.poster.LabelSource;
import app.affiche.poster.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Applies a labels CSV (title, year, genres) to catalogued posters, with source IMPORT: a curator's genres, title
 * or year are never replaced, and the report counts the lines that left them so. Rows are matched by a
 * {@code sha256} column when present, else by {@code file} or {@code path} (relative paths resolve against the
 * CSV's folder). A column named as a declared field fills it ({@link FieldColumns}); other columns are reported and
 * left out. Each bad line is rejected whole with its line number and
 * reason; good lines are applied. A parse error (e.g. an unterminated quote) stops the file at that line. A poster
 * named on several lines gets the last of them, with a warning.
 * <p>
 * During an import, {@link #forStored} gives the lines of the posters being stored, so they are written in the
 * posters' own transaction; {@link #applyAll} then applies every line to the catalogue (again: it is idempotent).
 */
public final class CsvLabelImport implements ImportLabels {
    private static final int CHUNK = 1000;

    private final Catalogue catalogue;
    private final LabelFile file;
    private final Map<String, LabelFile.Row> bySha = new HashMap<>();
    private final Map<String, LabelFile.Row> byPath = new HashMap<>();

    private final FieldColumns fields;
    private final Map<Long, List<app.affiche.poster.FieldValue>> fieldValues = new HashMap<>();
    private FieldImportReport fieldReport = FieldImportReport.NONE;

    private CsvLabelImport(Catalogue catalogue, Path csv, boolean addFields) {
        this.catalogue = catalogue;
        this.file = LabelFile.read(csv, catalogue.genreVocabulary());
        this.fields = FieldColumns.of(catalogue, file, addFields);
        file.rows.removeIf(row -> { // a value its field cannot hold rejects the line whole, as a bad year does
            try {
                fieldValues.put(row.line(), fields.values(file.extras.getOrDefault(row.line(), Map.of())));
                return false;
            } catch (IllegalArgumentException e) {
                file.errors.add(new LabelImportReport.LineError(row.line(), e.getMessage()));
                return true;
            }
        });
        for (LabelFile.Row row : file.rows) { // file order: a later line replaces an earlier one
            if (row.sha256() != null) bySha.put(row.sha256(), row);
            else byPath.put(row.file().toString(), row);
        }
    }

    /** Reads and checks the file; nothing is written yet. */
    public static CsvLabelImport read(Catalogue catalogue, Path csv) {
        return read(catalogue, csv, false);
    }

    /**
     * As {@link #read(Catalogue, Path)}; with {@code addFields}, an extra column that names no field is declared one
     * first, of the type its values suggest (number, category or text), and reported so.
     */
    public static CsvLabelImport read(Catalogue catalogue, Path csv, boolean addFields) {
        return new CsvLabelImport(catalogue, csv, addFields);
    }

    /** What {@link #applyAll} did to extra fields (and which columns it left out). */
    public FieldImportReport fieldReport() {
        return fieldReport;
    }

    public static LabelImportReport apply(Catalogue catalogue, Path csv) {
        return read(catalogue, csv).applyAll();
    }

    @Override
    public List<LabelUpdate> forStored(List<NewPoster> posters, List<AddResult> results) {
        List<LabelUpdate> updates = new ArrayList<>();
        for (int i = 0; i < posters.size(); i++) {
            LabelFile.Row a = bySha.get(posters.get(i).sha256().toLowerCase(java.util.Locale.ROOT));
            LabelFile.Row b = byPath.get(posters.get(i).path());
            LabelFile.Row row = a == null ? b : b == null || a.line() > b.line() ? a : b;
            if (row != null) updates.add(update(results.get(i).id(), row));
        }
        return updates;
    }

    /** Applies every good line (the last line for a poster wins) and reports what happened. */
    public LabelImportReport applyAll() {
        List<LabelImportReport.LineError> errors = new ArrayList<>(file.errors);
        List<LabelImportReport.LineError> warnings = new ArrayList<>();
        List<LabelImportReport.LineError> unmatched = new ArrayList<>();
        Map<Long, LabelFile.Row> winners = new LinkedHashMap<>();
        for (LabelFile.Row row : file.rows) {
            long id;
            try {
                id = posterId(row);
            } catch (NotCatalogued e) {
                unmatched.add(new LabelImportReport.LineError(row.line(), e.getMessage()));
                continue;
            } catch (IllegalArgumentException e) {
                errors.add(new LabelImportReport.LineError(row.line(), e.getMessage()));
                continue;
            }
            LabelFile.Row earlier = winners.remove(id);
            if (earlier != null) {
                warnings.add(new LabelImportReport.LineError(row.line(), "same poster as line " + earlier.line()
                        + "; this line is applied and line " + earlier.line() + " is not (the last line for a poster wins)"));
            }
            winners.put(id, row);
        }
        List<LabelUpdate> updates = new ArrayList<>();
        winners.forEach((id, row) -> updates.add(update(id, row)));
        KeptCurator kept = KeptCurator.NONE;
        for (int from = 0; from < updates.size(); from += CHUNK) {
            List<LabelUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + CHUNK));
            kept = kept.plus(catalogue.applyLabelUpdates(chunk));
        }
        applyFields(winners);
        return new LabelImportReport(updates.size(), kept, errors, warnings, unmatched);
    }

    private void applyFields(Map<Long, LabelFile.Row> winners) {
        List<FieldUpdate> updates = new ArrayList<>();
        int values = 0;
        for (var e : winners.entrySet()) {
            List<app.affiche.poster.FieldValue> v = fieldValues.getOrDefault(e.getValue().line(), List.of());
            if (v.isEmpty()) continue;
            updates.add(new FieldUpdate(e.getKey(), v));
            values += v.size();
        }
        int kept = 0;
        for (int from = 0; from < updates.size(); from += CHUNK)
            kept += catalogue.applyFieldUpdates(updates.subList(from, Math.min(updates.size(), from + CHUNK)));
        fieldReport = new FieldImportReport(values, kept, fields.added, fields.ignored);
    }

    private static LabelUpdate update(long posterId, LabelFile.Row row) {
        return new LabelUpdate(posterId, row.title(), row.year(), row.genres(), LabelSource.IMPORT);
    }

    private long posterId(LabelFile.Row row) {
        if (row.sha256() != null) {
            return catalogue.posterIdBySha(row.sha256()).orElseThrow(() ->
                    new NotCatalogued("no catalogued poster has sha256 " + row.sha256()));
        }
        Path resolved = row.file();
        OptionalLong byPath = catalogue.posterIdByPath(resolved.toString());
        if (byPath.isPresent()) return byPath.getAsLong();
        if (Files.isRegularFile(resolved)) {
            try {
                OptionalLong bySha = catalogue.posterIdBySha(Sha256.of(resolved));
                if (bySha.isPresent()) return bySha.getAsLong();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + resolved + ": " + e.getMessage());
            }
        }
        throw new NotCatalogued("no catalogued poster for file " + resolved + " (import the image first)");
    }

    /** A line naming a poster this catalogue does not hold: skipped and counted, not an error. */
    private static final class NotCatalogued extends IllegalArgumentException {
        NotCatalogued(String message) {
            super(message);
        }
    }
}
