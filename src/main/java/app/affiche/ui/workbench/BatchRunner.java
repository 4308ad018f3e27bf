package app.affiche.ui.workbench;

import app.affiche.pipeline.EmbedBatch;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.FxGuard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The drop queue, in two stages on two threads: import (a drop, plus whatever was dropped meanwhile, as one
 * import batch) and tag (embed + predict, poster by poster, while later files still import). A file counts as
 * finished when tagged or failed; only then does it leave the on-disk {@link PendingQueue}. Cancel forgets what
 * is left; shutdown (window closing) stops after the current file and keeps the rest for the next start.
 */
public final class BatchRunner {
    private final ImportStage importer;
    private final TagStage tagger;
    private final PendingQueue pending;
    private final BatchListener listener;
    private final List<Path> queued = new ArrayList<>();
    private final ExecutorService importThread = single("affiche-batch-import");
    private final ExecutorService tagThread = single("affiche-batch-tag");
    private volatile boolean stopping;
    private volatile int generation;
    private boolean importing;
    private int tagsQueued;
    private int done;
    private int failed;
    private int total;
    private long startNanos;

    public BatchRunner(ImportStage importer, TagStage tagger, PendingQueue pending, BatchListener listener) {
        this.importer = importer;
        this.tagger = tagger;
        this.pending = pending;
        this.listener = listener;
    }

    /** Queues files (folders already expanded); starts a batch if idle, else joins the running one. */
    public void enqueue(List<Path> files, boolean alreadyPending) {
        FxGuard.requireBackground("BatchRunner.enqueue");
        if (files.isEmpty() || stopping) return;
        if (!alreadyPending) pending.add(files);
        synchronized (this) {
            startOrJoin(files.size());
            queued.addAll(files);
            if (!importing) {
                importing = true;
                importThread.execute(this::importQueued);
            }
        }
        progress(null);
    }

    /**
     * Embeds and tags posters already catalogued that lack the current encoder's embedding (after an encoder
     * change), as a batch with progress and Cancel. Not journalled: the next start finds what is left again.
     * {@code afterwards} runs on the tag thread once all of them are done, unless the batch was cancelled or the
     * window is closing (the tag thread runs in order, so it comes after the last of them).
     */
    public void enqueueCatalogued(List<EmbedBatch.Item> posters, Runnable afterwards) {
        FxGuard.requireBackground("BatchRunner.enqueueCatalogued");
        if (posters.isEmpty() || stopping || !tagger.available()) return;
        int gen;
        synchronized (this) {
            startOrJoin(posters.size());
            gen = generation;
        }
        for (EmbedBatch.Item p : posters) queueTag(p.file(), p.posterId(), false);
        tagThread.execute(() -> {
            if (stopping || gen != generation) return;
            try {
                afterwards.run();
            } catch (RuntimeException e) {
                ErrorReporter.report(e);
            }
        });
        progress(null);
    }

    /** Counts new work into the running batch, or starts a fresh count when idle. Holds the lock. */
    private void startOrJoin(int files) {
        if (!running()) {
            done = 0;
            failed = 0;
            total = 0;
            startNanos = System.nanoTime();
        }
        total += files;
    }

    /** Stops after the current file and forgets the files not yet finished. Background thread. */
    public void cancel() {
        FxGuard.requireBackground("BatchRunner.cancel");
        synchronized (this) {
            total -= queued.size();
            queued.clear();
        }
        generation++;
        importer.cancel();
        pending.clear();
    }

    /** Stops after the current file, keeping the rest queued on disk for the next start; waits up to seconds. */
    public void shutdown(long seconds) {
        stopping = true;
        synchronized (this) {
            queued.clear();
        }
        importer.cancel();
        importThread.shutdown();
        tagThread.shutdown();
        try {
            importThread.awaitTermination(seconds, TimeUnit.SECONDS);
            tagThread.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized boolean running() {
        return importing || tagsQueued > 0;
    }

    private void importQueued() {
        while (true) {
            List<Path> files;
            synchronized (this) {
                if (queued.isEmpty() || stopping) {
                    importing = false;
                    break;
                }
                files = List.copyOf(queued);
                queued.clear();
            }
            importer.run(files, new ImportStage.Sink() {
                @Override
                public void imported(Path file, long posterId) {
                    listener.posterImported(file, posterId);
                    if (tagger.available()) queueTag(file, posterId, true);
                    else finished(file, true, true);
                }

                @Override
                public void failed(Path file, String reason) {
                    listener.posterFailed(new Failure(file, reason));
                    finished(file, false, true);
                }
            });
        }
        progress(null);
    }

    private void queueTag(Path file, long posterId, boolean journalled) {
        int gen;
        synchronized (this) {
            tagsQueued++;
            gen = generation;
        }
        tagThread.execute(() -> {
            try {
                if (stopping || gen != generation) return;
                progress(file.getFileName().toString());
                tagger.tag(posterId, file);
                listener.posterTagged(posterId);
                finished(file, true, journalled);
            } catch (Exception | LinkageError e) {
                if (stopping) return;
                listener.posterFailed(new Failure(file, "catalogued, but tagging failed: " + ErrorReporter.describe(e)));
                finished(file, false, journalled);
            } finally {
                synchronized (this) {
                    tagsQueued--;
                }
                progress(null);
            }
        });
    }

    private void finished(Path file, boolean ok, boolean journalled) {
        synchronized (this) {
            if (ok) done++; else failed++;
        }
        try {
            if (journalled) pending.markFinished(file);
        } catch (RuntimeException e) {
            ErrorReporter.report(e);
        }
        progress(file.getFileName().toString());
    }

    private void progress(String current) {
        BatchProgress p;
        synchronized (this) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            p = new BatchProgress(done, failed, total, elapsed, running(), current);
        }
        listener.progress(p);
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
