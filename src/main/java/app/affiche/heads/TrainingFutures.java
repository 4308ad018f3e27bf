package app.affiche.heads;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a training task: an interrupt is a cancel, and a task's own failure is rethrown as it was. */
final class TrainingFutures {
    private TrainingFutures() {
    }

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
