package app.affiche.heads;

/** Progress of a training run; called from worker threads. */
@FunctionalInterface
public interface TrainingListener {
    TrainingListener NONE = (done, total, message) -> { };

    void progress(int done, int total, String message);
}
