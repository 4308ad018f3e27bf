package app.affiche.ui.export;

import app.affiche.catalogue.CatalogueException;
import app.affiche.catalogue.CsvExport;
import app.affiche.catalogue.ExportField;
import app.affiche.pipeline.PredictedDecades;
import app.affiche.poster.Decade;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;

/**
 * Runs the catalogue's CSV exporter; for a filtered selection it exports to a temporary file with the id column and
 * keeps only the selected rows (the exporter itself writes the whole catalogue). Cells stay exactly as the
 * exporter wrote them, formula guards included. Background thread only.
 */
public final class FilteredCsvExport {
    private FilteredCsvExport() {
    }

    /**
     * Writes the CSV; {@code ids} null means every poster; {@code encoderId} (null: none running) is the encoder whose
     * heads fill the predicted-decade columns. Returns the number of rows written.
     */
    public static int write(CatalogueGateway gateway, ExportRequest request, Set<Long> ids, String encoderId) {
        FxGuard.requireBackground("CSV export");
        Map<Long, SortedMap<Decade, Double>> odds = request.fields().stream().anyMatch(ExportField.PREDICTED::contains)
                ? PredictedDecades.of(gateway.catalogue(), encoderId) : Map.of();
        if (ids == null)
            return CsvExport.write(gateway.catalogue(), request.target(), request.fields(), request.fieldColumns(),
                    request.bom(), odds);
        List<ExportField> withId = new ArrayList<>(request.fields());
        boolean addedId = !withId.contains(ExportField.ID);
        if (addedId) withId.addFirst(ExportField.ID);
        Path target = request.target().toAbsolutePath();
        Path all = target.resolveSibling(target.getFileName() + ".all.part");
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            CsvExport.write(gateway.catalogue(), all, withId, request.fieldColumns(), false, odds);
            int rows = filter(all, part, ids, withId.indexOf(ExportField.ID), addedId, request.bom());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException e) {
            throw new CatalogueException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(all);
            deleteQuietly(part);
        }
    }

    private static int filter(Path all, Path out, Set<Long> ids, int idColumn, boolean dropId, boolean bom)
            throws IOException {
        int rows = 0;
        try (Reader in = Files.newBufferedReader(all, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
            if (bom) w.write('\uFEFF');
            boolean header = true;
            for (CSVRecord r : parser) {
                if (!header && !ids.contains(Long.parseLong(r.get(idColumn)))) continue;
                for (int i = 0; i < r.size(); i++) if (!(dropId && i == idColumn)) printer.print(r.get(i));
                printer.println();
                if (!header) rows++;
                header = false;
            }
        }
        return rows;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the export's own outcome is what is reported
        }
    }
}
