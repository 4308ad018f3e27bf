package app.affiche.pipeline;

import java.util.List;

/** Final state of every item of an import batch, in the order found, with counts. */
public record ImportReport(List<ImportItem> items, boolean cancelled, long elapsedMillis) {
    public ImportReport {
        items = List.copyOf(items);
    }

    public long count(ItemState state) {
        return items.stream().filter(i -> i.state() == state).count();
    }

    public List<ImportItem> failures() {
        return items.stream().filter(i -> i.state() == ItemState.FAILED).toList();
    }

    public boolean allGood() {
        return failures().isEmpty() && !cancelled;
    }
}
