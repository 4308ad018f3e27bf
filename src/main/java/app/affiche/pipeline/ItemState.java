package app.affiche.pipeline;

/** Where one file of an import batch is. The last four are final. */
public enum ItemState {
    SCHEDULED, RUNNING, DONE, SKIPPED_DUPLICATE, FAILED, CANCELLED;

    public boolean isFinal() {
        return ordinal() >= DONE.ordinal();
    }
}
