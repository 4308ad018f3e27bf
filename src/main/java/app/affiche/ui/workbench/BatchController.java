package app.affiche.ui.workbench;

import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import app.affiche.ui.common.UiThrottle;
import javafx.application.Platform;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Drops in, batch events out: expands dropped folders in the background, feeds the {@link BatchRunner}, and
 * copies its events to the batch bar (progress at most ~20 times a second) and to the grid.
 */
public final class BatchController implements BatchListener {
    private final BatchViewModel vm;
    private final Executor background;
    private final UiThrottle<BatchProgress> progress;
    private final UiThrottle<Boolean> grown;
    private BatchRunner runner;
    private LongConsumer onTagged = id -> { };

    public BatchController(BatchViewModel vm, Executor background, Runnable onGrown) {
        this.vm = vm;
        this.background = background;
        this.progress = new UiThrottle<>(Platform::runLater, vm::apply);
        this.grown = new UiThrottle<>(Platform::runLater, b -> onGrown.run(), 300);
    }

    public void attach(BatchRunner runner) {
        this.runner = runner;
    }

    public void onTagged(LongConsumer handler) {
        onTagged = handler;
    }

    /** What a drop (or Add files…) calls with the files and folders let go. */
    public void filesDropped(List<File> files) {
        DroppedFiles drop = new DroppedFiles(files.stream().map(File::toPath).toList());
        BatchRunner r = runner;
        if (r == null) {
            ErrorReporter.report(new IllegalStateException("The catalogue is not open yet; drop again in a moment"));
            return;
        }
        // one background hop: walk the folders, list what cannot be imported, queue the files
        Tasks.of(() -> {
            var walk = drop.expand();
            walk.failures().forEach((path, reason) -> posterFailed(new Failure(path, reason)));
            r.enqueue(walk.files(), false);
        }).runOn(background);
    }

    /** Queues paths again after a restart (they are already in the pending journal). */
    public void resume(List<Path> files) {
        if (runner == null || files.isEmpty()) return;
        Tasks.of(() -> runner.enqueue(files, true)).runOn(background);
    }

    /** Pause (the rest waits for Resume or the next start), or Resume when paused: the bar's one button. */
    public void pauseOrResume() {
        BatchRunner r = runner;
        if (r == null) return;
        Tasks.of(() -> {
            if (r.paused()) r.resume();
            else r.pause();
        }).runOn(background);
    }

    @Override
    public void posterImported(Path file, long posterId) {
        grown.offer(Boolean.TRUE);
    }

    @Override
    public void posterTagged(long posterId) {
        Platform.runLater(() -> onTagged.accept(posterId));
    }

    @Override
    public void posterFailed(Failure failure) {
        Platform.runLater(() -> vm.addFailure(failure));
    }

    @Override
    public void progress(BatchProgress p) {
        if (p.running()) progress.offer(p);
        else {
            progress.offer(p);
            progress.flush();
        }
    }
}
