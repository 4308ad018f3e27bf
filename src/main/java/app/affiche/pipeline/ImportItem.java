package app.affiche.pipeline;

/**
 * One file (or one unusable input) of an import batch, as an immutable event.
 *
 * @param index    order in which the batch found it
 * @param path     the file as shown to the user
 * @param reason   why it failed (FAILED only), else null
 * @param posterId the catalogue id (DONE and SKIPPED_DUPLICATE), else null
 */
public record ImportItem(int index, String path, ItemState state, String reason, Long posterId) {
    ImportItem with(ItemState newState, String newReason, Long id) {
        return new ImportItem(index, path, newState, newReason, id);
    }

    @Override
    public String toString() {
        return path + ": " + (state == ItemState.FAILED ? reason : state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
