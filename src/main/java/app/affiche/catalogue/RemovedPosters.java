package app.affiche.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What {@link Catalogue#removePosters} took out, row for row (the poster, its palette, labels, embeddings,
 * recorded failures and other paths), so {@link Catalogue#restorePosters} can put it back exactly: undo of a
 * removal. Opaque outside the catalogue; held in memory, about 40 KB a poster with one encoder's embeddings.
 */
public record RemovedPosters(List<Long> posterIds, List<TableRow> rows) {
    public RemovedPosters {
        posterIds = List.copyOf(posterIds);
        rows = List.copyOf(rows);
    }

    /** One row of one table, column name to value (Long, Double, String, byte[] or null). */
    record TableRow(String table, Map<String, Object> values) {
    }

    public int count() {
        return posterIds.size();
    }
}
