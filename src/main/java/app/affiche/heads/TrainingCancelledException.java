package app.affiche.heads;

/** Thrown when a training run is cancelled; nothing is stored. */
public final class TrainingCancelledException extends RuntimeException {
    public TrainingCancelledException() {
        super("training cancelled");
    }
}
