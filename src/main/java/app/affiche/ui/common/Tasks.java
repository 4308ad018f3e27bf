package app.affiche.ui.common;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Background work with its outcome handled on the JavaFX thread: {@code Tasks.of(work).onSuccess(..)
 * .onError(..).andFinally(..).runOn(executor)} (after Cryptomator's Tasks). Errors without a handler go to
 * {@link ErrorReporter}.
 */
public final class Tasks {
    private Tasks() {
    }

    public static <T> Builder<T> of(Callable<T> work) {
        return new Builder<>(work);
    }

    public static Builder<Void> of(Runnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = ErrorReporter::report;
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    onError.accept(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> andFinally.run());
            return task;
        }

        public Task<T> runOn(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }
}
