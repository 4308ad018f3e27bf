package app.affiche.catalogue;

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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A labels CSV read and checked, before anything is written: each good line as a {@link Row} (genres already in
 * the vocabulary's spelling), each bad one as an error with its line number (1 = the header).
 */
final class LabelFile {
    /** Longer cells are refused: no title, path or genre list is this long, and SQLite should not store megabytes. */
    static final int MAX_FIELD_CHARS = 4096;
    private static final List<String> KEYS = List.of("sha256", "file", "path");
    private static final List<String> USED = List.of("sha256", "file", "path", "title", "year", "genres");

    /** One good line: the poster by sha256 (lower case) or else by file, and what to set (null: leave as it is). */
    record Row(long line, String sha256, Path file, String title, Integer year, Set<String> genres) {
    }

    final List<Row> rows = new ArrayList<>();
    final List<LabelImportReport.LineError> errors = new ArrayList<>();
    /** Columns that may be extra fields (not the catalogue's own), as the header spells them. */
    final List<String> extraColumns = new ArrayList<>();
    /** Per good line, its non-blank cells of those columns (raw, the formula guard removed). */
    final Map<Long, Map<String, String>> extras = new HashMap<>();
    private final Path csv;
    private final List<String> vocabulary;
    private final Set<String> known = new java.util.HashSet<>();

    private LabelFile(Path csv, List<String> vocabulary) {
        this.csv = csv;
        this.vocabulary = vocabulary;
        for (String g : vocabulary) known.add(g.toLowerCase(Locale.ROOT));
    }

    static LabelFile read(Path csv, List<String> vocabulary) {
        LabelFile file = new LabelFile(csv.toAbsolutePath().normalize(), vocabulary);
        file.parse();
        return file;
    }

    private void parse() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try {
            Optional<LabelImportReport.LineError> notUtf8 = Utf8Check.firstError(csv);
            if (notUtf8.isPresent()) {
                errors.add(notUtf8.get());
                return;
            }
            try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') reader.reset();
                try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                    records(parser);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            errors.add(new LabelImportReport.LineError(1, "cannot read " + csv + ": " + e.getMessage()));
        }
    }

    private void records(CSVParser parser) {
        Map<String, Integer> columns = columns(parser.getHeaderNames());
        if (KEYS.stream().noneMatch(columns::containsKey)) {
            errors.add(new LabelImportReport.LineError(1, "no sha256, file or path column in the header"));
            return;
        }
        List<String> header = parser.getHeaderNames();
        for (String h : header) if (isExtra(h, columns)) extraColumns.add(h.strip());
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
            try {
                Row row = row(record, columns, parser.getHeaderNames().size(), line);
                extras.put(line, extraCells(record, header));
                rows.add(row);
            } catch (IllegalArgumentException e) {
                errors.add(new LabelImportReport.LineError(line, e.getMessage()));
            }
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) map.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        map.putIfAbsent("genres", map.get("confirmed_genres"));
        map.values().removeIf(Objects::isNull);
        return map;
    }

    private Row row(CSVRecord r, Map<String, Integer> cols, int expected, long line) {
        if (r.size() != expected) {
            throw new IllegalArgumentException((r.size() < expected ? "missing column(s)" : "too many fields")
                    + ": expected " + expected + " fields as in the header, found " + r.size());
        }
        for (String name : USED) {
            Integer i = cols.get(name);
            if (i != null && r.get(i).length() > MAX_FIELD_CHARS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the %s field is %,d characters long; "
                        + "at most %,d are taken, so the line was not imported", name, r.get(i).length(), MAX_FIELD_CHARS));
            }
        }
        String sha = value(r, cols, "sha256");
        Path file = sha != null ? null : file(r, cols);
        String yearText = value(r, cols, "year");
        String genreText = value(r, cols, "genres");
        return new Row(line, sha == null ? null : sha.toLowerCase(Locale.ROOT), file, exactValue(r, cols, "title"),
                yearText == null ? null : year(yearText), genreText == null ? null : genres(genreText));
    }

    /** A column neither this file's keys and labels nor an export column (nor a field's _source / _predicted). */
    private static boolean isExtra(String name, Map<String, Integer> columns) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty() || USED.contains(n) || FieldValues.RESERVED.contains(n)) return false;
        return !n.endsWith("_source") && !n.endsWith("_predicted");
    }

    private Map<String, String> extraCells(CSVRecord r, List<String> header) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
            String name = header.get(i).strip();
            if (!extraColumns.contains(name)) continue;
            String v = r.get(i);
            if (v.length() > MAX_FIELD_CHARS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the %s field is %,d characters long; "
                        + "at most %,d are taken, so the line was not imported", name, v.length(), MAX_FIELD_CHARS));
            }
            String restored = CsvCells.restore(v);
            if (restored != null && !restored.isBlank()) cells.put(name, restored);
        }
        return cells;
    }

    private Path file(CSVRecord r, Map<String, Integer> cols) {
        String file = value(r, cols, "file");
        if (file == null) file = value(r, cols, "path");
        if (file == null) throw new IllegalArgumentException("no sha256, file or path value");
        try {
            return csv.resolveSibling(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable file path '" + file + "': " + e.getReason());
        }
    }

    /** A key, year or genres cell: surrounding whitespace is not part of it; blank means no value. */
    private static String value(CSVRecord r, Map<String, Integer> cols, String name) {
        String v = exactValue(r, cols, name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A cell as exported (a title may start with a tab or be one space); only an empty cell means no value. */
    private static String exactValue(CSVRecord r, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        if (i == null) return null;
        String v = CsvCells.restore(r.get(i));
        return v == null || v.isEmpty() ? null : v;
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
        Set<String> names = new LinkedHashSet<>();
        for (String g : text.split("\\|")) {
            String name = g.strip();
            if (name.isEmpty()) continue;
            if (!known.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown genre '" + name + "' (add it to the vocabulary first)");
            }
            names.add(name);
        }
        return LabelSql.canonical(names, vocabulary);
    }
}
