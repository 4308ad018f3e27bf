package app.affiche.pipeline;

import app.affiche.poster.Decade;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rows of a labelled CSV in the posters.csv format (file,imdb_id,title,year,decade,genres,...), paths resolved. */
public final class LabelledCsv {
    /** @param year the year, or the decade's first year when only the decade is given; null when neither is */
    public record Row(Path file, String id, Set<String> genres, Integer year) {
    }

    private LabelledCsv() {
    }

    public static List<Row> read(Path csv) throws IOException {
        Path dir = csv.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(r)) {
            if (!p.getHeaderMap().containsKey("file") || !p.getHeaderMap().containsKey("genres"))
                throw new IOException(csv + ": needs the columns file and genres (posters.csv format)");
            for (CSVRecord rec : p) {
                String file = rec.get("file");
                Set<String> genres = new LinkedHashSet<>();
                for (String g : rec.get("genres").split("\\|")) if (!g.isBlank()) genres.add(g.strip());
                String id = rec.isMapped("imdb_id") && !rec.get("imdb_id").isBlank() ? rec.get("imdb_id") : file;
                rows.add(new Row(dir.resolve(file).normalize(), id, genres, year(rec)));
            }
        }
        return rows;
    }

    private static Integer year(CSVRecord rec) {
        String y = rec.isMapped("year") ? rec.get("year") : "";
        if (!y.isBlank()) {
            try {
                return Integer.parseInt(y.strip());
            } catch (NumberFormatException ignored) {
                // fall back on the decade column
            }
        }
        String d = rec.isMapped("decade") ? rec.get("decade") : "";
        if (d.isBlank()) return null;
        try {
            return Decade.parse(d).start();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static List<String> vocabulary(List<Row> rows, List<String> base) {
        Set<String> v = new LinkedHashSet<>(base);
        for (Row r : rows) v.addAll(r.genres());
        return List.copyOf(v);
    }

    static List<String> sorted(Set<String> s) {
        String[] a = s.toArray(String[]::new);
        Arrays.sort(a);
        return List.of(a);
    }
}
