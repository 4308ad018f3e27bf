package app.affiche.catalogue;

import app.affiche.poster.Sha256;
import app.affiche.poster.LabelSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Applies a labels CSV (title, year, genres) to catalogued posters, with source IMPORT. Rows are matched by a
 * {@code sha256} column when present, else by {@code file} or {@code path} (relative paths resolve against the
 * CSV's folder). Columns it does not know are ignored. Each bad line is rejected whole with its line number and
 * reason; good lines are applied. A parse error (e.g. an unterminated quote) stops the file at that line.
 */
public final class CsvLabelImport {
    private static final int CHUNK = 1000;
    private static final List<String> KEYS = List.of("sha256", "file", "path");

    private final Catalogue catalogue;
    private final Path csv;
    private final Set<String> vocabulary = new java.util.HashSet<>();
    private final List<LabelImportReport.LineError> errors = new ArrayList<>();
    private final List<LabelImportReport.LineError> unmatched = new ArrayList<>();

    /** A line naming a poster this catalogue does not hold: skipped and counted, not an error. */
    private static final class NotCatalogued extends IllegalArgumentException {
        NotCatalogued(String message) {
            super(message);
        }
    }

    private CsvLabelImport(Catalogue catalogue, Path csv) {
        this.catalogue = catalogue;
        this.csv = csv.toAbsolutePath().normalize();
        for (String g : catalogue.genreVocabulary()) vocabulary.add(g.toLowerCase(Locale.ROOT));
    }

    public static LabelImportReport apply(Catalogue catalogue, Path csv) {
        return new CsvLabelImport(catalogue, csv).run();
    }

    private LabelImportReport run() {
        List<LabelUpdate> updates = new ArrayList<>();
        int applied = 0;
        int kept = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            skipBom(reader);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Map<String, Integer> columns = columns(parser.getHeaderNames());
                if (KEYS.stream().noneMatch(columns::containsKey)) {
                    errors.add(new LabelImportReport.LineError(1, "no sha256, file or path column in the header"));
                    return new LabelImportReport(0, 0, errors);
                }
                Iterator<CSVRecord> it = parser.iterator();
                long lineBefore = parser.getCurrentLineNumber();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) break;
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        errors.add(new LabelImportReport.LineError(lineBefore + 1, "cannot parse CSV from this line on "
                                + "(unterminated quote?): the rest of the file was not imported (" + e.getMessage() + ")"));
                        break;
                    }
                    long line = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    LabelUpdate u = parse(record, columns, parser.getHeaderNames().size(), line);
                    if (u != null) updates.add(u);
                    if (updates.size() >= CHUNK) {
                        kept += catalogue.applyLabelUpdates(updates);
                        applied += updates.size();
                        updates.clear();
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            errors.add(new LabelImportReport.LineError(1, "cannot read " + csv + ": " + e.getMessage()));
        }
        kept += catalogue.applyLabelUpdates(updates);
        applied += updates.size();
        return new LabelImportReport(applied, kept, errors, unmatched);
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) map.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        map.putIfAbsent("genres", map.get("confirmed_genres"));
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }

    /** The update for one line, or null after recording why the line is rejected. */
    private LabelUpdate parse(CSVRecord r, Map<String, Integer> cols, int expected, long line) {
        if (r.size() != expected) {
            return reject(line, (r.size() < expected ? "missing column(s)" : "too many fields") + ": expected "
                    + expected + " fields as in the header, found " + r.size());
        }
        try {
            long id = posterId(r, cols);
            String title = value(r, cols, "title");
            String yearText = value(r, cols, "year");
            Integer year = yearText == null ? null : year(yearText);
            String genreText = value(r, cols, "genres");
            Set<String> genres = genreText == null ? null : genres(genreText);
            return new LabelUpdate(id, title, year, genres, LabelSource.IMPORT);
        } catch (NotCatalogued e) {
            unmatched.add(new LabelImportReport.LineError(line, e.getMessage()));
            return null;
        } catch (IllegalArgumentException e) {
            return reject(line, e.getMessage());
        }
    }

    private LabelUpdate reject(long line, String reason) {
        errors.add(new LabelImportReport.LineError(line, reason));
        return null;
    }

    private static String value(CSVRecord r, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        if (i == null) return null;
        String v = CsvCells.restore(r.get(i));
        return v == null || v.isBlank() ? null : v.strip();
    }

    private long posterId(CSVRecord r, Map<String, Integer> cols) {
        String sha = value(r, cols, "sha256");
        if (sha != null) {
            return catalogue.posterIdBySha(sha).orElseThrow(() ->
                    new NotCatalogued("no catalogued poster has sha256 " + sha));
        }
        String file = value(r, cols, "file");
        if (file == null) file = value(r, cols, "path");
        if (file == null) throw new IllegalArgumentException("no sha256, file or path value");
        Path resolved;
        try {
            resolved = csv.resolveSibling(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable file path '" + file + "': " + e.getReason());
        }
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

    private static int year(String text) {
        try {
            int y = Integer.parseInt(text);
            if (y >= 1850 && y <= 2100) return y;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("bad year '" + text + "' (expected a year between 1850 and 2100)");
    }

    private Set<String> genres(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : text.split("\\|")) {
            String name = g.strip();
            if (name.isEmpty()) continue;
            if (!vocabulary.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown genre '" + name + "' (add it to the vocabulary first)");
            }
            out.add(name);
        }
        return out;
    }
}
