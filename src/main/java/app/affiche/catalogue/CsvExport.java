package app.affiche.catalogue;

import app.affiche.poster.Decade;
import app.affiche.poster.EraEstimate;
import app.affiche.poster.Poster;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the catalogue as RFC 4180 CSV in UTF-8 (optionally with a BOM for spreadsheets), cells guarded against
 * formula injection by {@link CsvCells}. Written to a temporary file and moved into place, so a failed export
 * never leaves half a file.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes every poster; returns the number of rows written. The predicted-decade columns stay empty. */
    public static int write(Catalogue catalogue, Path target, List<ExportField> fields, boolean bom) {
        return write(catalogue, target, fields, bom, Map.of());
    }

    /**
     * Writes every poster; {@code decadeOdds} (poster id to the decade head's probabilities) fills the
     * {@link ExportField#PREDICTED} columns of the posters it covers. Returns the number of rows written.
     */
    public static int write(Catalogue catalogue, Path target, List<ExportField> fields, boolean bom,
                            Map<Long, SortedMap<Decade, Double>> decadeOdds) {
        return write(catalogue, target, fields, List.of(), bom, decadeOdds);
    }

    /** As above, then the extra fields' columns named in {@code fieldColumns} ({@link FieldCells}). */
    public static int write(Catalogue catalogue, Path target, List<ExportField> fields, List<String> fieldColumns,
                            boolean bom, Map<Long, SortedMap<Decade, Double>> decadeOdds) {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        int rows;
        try {
            rows = catalogue.read("exporting CSV", c -> {
                Map<Long, Extras> extras = extras(c);
                Map<Long, List<app.affiche.poster.FieldValue>> fieldValues = fieldColumns.isEmpty() ? Map.of() : FieldSql.all(c);
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                     CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                    if (bom) out.write('\uFEFF');
                    for (ExportField f : fields) printer.print(f.column());
                    for (String f : fieldColumns) printer.print(f);
                    printer.println();
                    int n = 0;
                    try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                            "SELECT " + PosterSql.COLUMNS + " FROM posters p ORDER BY p.id")) {
                        while (rs.next()) {
                            Poster p = PosterSql.row(rs);
                            Extras x = extras.getOrDefault(p.id(), Extras.NONE);
                            for (ExportField f : fields) printer.print(CsvCells.neutralise(cell(f, p, x, decadeOdds.get(p.id()))));
                            List<app.affiche.poster.FieldValue> v = fieldValues.getOrDefault(p.id(), List.of());
                            for (String f : fieldColumns) printer.print(CsvCells.neutralise(FieldCells.cell(f, v)));
                            printer.println();
                            n++;
                        }
                    }
                    return n;
                } catch (IOException e) {
                    throw new CatalogueException("cannot write " + abs + ": " + e.getMessage(), e);
                }
            });
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CatalogueException("cannot write " + abs + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the export's own error (if any) is what matters
            }
        }
        return rows;
    }

    /** Labels and palette of every poster, gathered in two queries rather than two per poster. */
    private static final class Extras {
        static final Extras NONE = new Extras();
        final List<String> confirmed = new ArrayList<>();
        final List<String> suggested = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<String> colours = new ArrayList<>();
        final List<String> greys = new ArrayList<>();
        String dominant = "";
    }

    private static Map<Long, Extras> extras(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, Extras> map = new HashMap<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT poster_id, genre, source, confidence FROM labels ORDER BY poster_id, source, genre")) {
            while (rs.next()) {
                Extras x = map.computeIfAbsent(rs.getLong(1), k -> new Extras());
                String source = rs.getString(3);
                if (source.equals("model")) {
                    x.suggested.add(rs.getString(2) + ":" + String.format(Locale.ROOT, "%.3f", rs.getDouble(4)));
                } else {
                    x.confirmed.add(rs.getString(2));
                    if (!x.sources.contains(source)) x.sources.add(source);
                }
            }
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT poster_id, kind, rgb, share FROM palette_colours ORDER BY poster_id, kind, position")) {
            while (rs.next()) {
                Extras x = map.computeIfAbsent(rs.getLong(1), k -> new Extras());
                String hex = String.format(Locale.ROOT, "#%06X", rs.getInt(3) & 0xFFFFFF);
                String entry = hex + ":" + String.format(Locale.ROOT, "%.3f", rs.getDouble(4));
                switch (rs.getString(2)) {
                    case "dominant" -> x.dominant = hex;
                    case "colour" -> x.colours.add(entry);
                    default -> x.greys.add(entry);
                }
            }
        }
        return map;
    }

    private static String cell(ExportField f, Poster p, Extras x, SortedMap<Decade, Double> odds) {
        if (ExportField.PREDICTED.contains(f)) return predicted(f, odds);
        return switch (f) {
            case ID -> Long.toString(p.id());
            case SHA256 -> p.sha256();
            case PATH -> p.path();
            case TITLE -> p.title() == null ? "" : p.title();
            case YEAR -> p.year() == null ? "" : p.year().toString();
            case DECADE -> p.decade() == null ? "" : p.decade().label();
            case GENRES, CONFIRMED_GENRES -> String.join("|", x.confirmed);
            case SUGGESTED_GENRES -> String.join("|", x.suggested);
            case LABEL_SOURCE -> String.join("|", x.sources);
            case PALETTE -> String.join("|", x.colours);
            case GREYS -> String.join("|", x.greys);
            case DOMINANT -> x.dominant;
            case WIDTH -> Integer.toString(p.width());
            case HEIGHT -> Integer.toString(p.height());
            case FORMAT -> p.format();
            case SIZE_BYTES -> Long.toString(p.sizeBytes());
            case TITLE_SOURCE -> p.titleSource() == null ? "" : p.titleSource().key();
            case YEAR_SOURCE -> p.yearSource() == null ? "" : p.yearSource().key();
            case PREDICTED_DECADE, PREDICTED_DECADE_PROBABILITY, ERA_TEXT -> throw new AssertionError(f);
        };
    }

    private static String predicted(ExportField f, SortedMap<Decade, Double> odds) {
        if (odds == null || odds.isEmpty()) return "";
        Map.Entry<Decade, Double> best = null;
        for (Map.Entry<Decade, Double> e : odds.entrySet()) if (best == null || e.getValue() > best.getValue()) best = e;
        return switch (f) {
            case PREDICTED_DECADE -> best.getKey().label();
            // capped as the workbench shows it: a calibrated head is still wrong sometimes, "1.000" would say never
            case PREDICTED_DECADE_PROBABILITY -> String.format(Locale.ROOT, "%.3f", Math.min(0.99, best.getValue()));
            default -> EraEstimate.of(odds).describe();
        };
    }
}
