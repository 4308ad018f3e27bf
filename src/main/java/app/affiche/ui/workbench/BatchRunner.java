package app.affiche.ui.workbench;

import app.affiche.pipeline.EmbedBatch;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.FxGuard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The drop queue, in two stages on two threads: import (a drop, plus whatever was dropped meanwhile, as one
 * import batch) and tag (embed + predict, poster by poster, while later files still import). The batch counts
 * posters, once each: a dropped file ends as done, failed or skipped (already catalogued), so the three add up to
 * what was dropped; a catalogued poster the encoder catch-up adds counts once even when a dropped file turns out
 * to be the same poster. A file leaves the on-disk {@link PendingQueue} only when finished. Pause stops after the
 * current file and keeps the rest for Resume (or the next start); shutdown (window closing) does the same without
 * Resume; cancel forgets what is left.
 */
public final class BatchRunner {
    private final ImportStage importer;
    private final TagStage tagger;
    private final PendingQueue pending;
    private final BatchListener listener;
    private final List<Path> queued = new ArrayList<>();
    /** The batch's posters by id (imported or caught up), so each is counted once. Guarded by this. */
    private final Map<Long, Unit> units = new HashMap<>();
    private final ExecutorService importThread = single("affiche-batch-import");
    private final ExecutorService tagThread = single("affiche-batch-tag");
    private final Object gate = new Object();
    private volatile boolean stopping;
    private volatile boolean paused;
    private volatile int generation;
    private boolean importing;
    private long snapshots; // progress snapshots taken, under this runner's lock
    private final Object delivery = new Object();
    private long delivered; // the newest snapshot delivered, under delivery
    private int tagsQueued;
    private int done;
    private int failed;
    private int skipped;
    private int total;
    private long startNanos;

    /** One poster of the batch: the dropped file it came from (null for a catch-up), and how far it got. */
    private static final class Unit {
        Path file;
        final boolean duplicate;
        boolean finished;
        boolean tagged;

        Unit(Path file, boolean duplicate) {
            this.file = file;
            this.duplicate = duplicate;
        }
    }

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
            startOrJoin();
            total += files.size();
            queued.addAll(files);
            startImport();
        }
        progress(null);
    }

    /**
     * Embeds and tags posters already catalogued that lack the current encoder's embedding (after an encoder
     * change), as a batch with progress and Pause. Not journalled: the next start finds what is left again. A poster
     * this batch already has is not counted again: one imported before the encoder started is tagged now.
     * {@code afterwards} runs on the tag thread once all of them are done, unless the batch was cancelled or the
     * window is closing (the tag thread runs in order, so it comes after the last of them).
     */
    public void enqueueCatalogued(List<EmbedBatch.Item> posters, Runnable afterwards) {
        FxGuard.requireBackground("BatchRunner.enqueueCatalogued");
        if (posters.isEmpty() || stopping || !tagger.available()) return;
        int gen;
        List<EmbedBatch.Item> toTag = new ArrayList<>();
        synchronized (this) {
            startOrJoin();
            gen = generation;
            for (EmbedBatch.Item p : posters) {
                Unit u = units.get(p.posterId());
                if (u == null) {
                    units.put(p.posterId(), new Unit(null, false));
                    total++;
                } else if (u.finished && !u.tagged) {
                    unfinish(u); // imported before the encoder was there: done once it is tagged
                } else {
                    continue; // already waiting for its tag
                }
                toTag.add(p);
            }
        }
        for (EmbedBatch.Item p : toTag) queueTag(p.posterId(), p.file());
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

    /** A fresh count when idle. Holds the lock. */
    private void startOrJoin() {
        if (running()) return;
        done = 0;
        failed = 0;
        skipped = 0;
        total = 0;
        units.clear();
        paused = false; // a pause that found nothing left to hold ends with its batch
        startNanos = System.nanoTime();
    }

    private void unfinish(Unit u) {
        u.finished = false;
        if (u.duplicate) skipped--; else done--;
    }

    /** Stops after the current file and forgets the files not yet finished. Background thread. */
    public void cancel() {
        FxGuard.requireBackground("BatchRunner.cancel");
        synchronized (this) {
            total -= queued.size();
            queued.clear();
        }
        generation++;
        paused = false;
        resumeTags();
        importer.cancel();
        pending.clear();
    }

    /** Stops after the current file; the rest waits for {@link #resume} (or, after closing, the next start). */
    public void pause() {
        FxGuard.requireBackground("BatchRunner.pause");
        paused = true;
        importer.cancel();
        progress(null);
    }

    /** Goes on where {@link #pause} stopped, in the same count. */
    public void resume() {
        FxGuard.requireBackground("BatchRunner.resume");
        synchronized (this) {
            paused = false;
            startImport();
        }
        resumeTags();
        progress(null);
    }

    /** Stops after the current file, keeping the rest queued on disk for the next start; waits up to seconds. */
    public void shutdown(long seconds) {
        stopping = true;
        synchronized (this) {
            queued.clear();
        }
        resumeTags();
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

    /** Whether a batch is under way (paused included: it has work left). */
    public synchronized boolean running() {
        return importing || tagsQueued > 0 || !queued.isEmpty();
    }

    public boolean paused() {
        return paused;
    }

    /** Starts the import thread on what is queued, unless it runs or the batch is paused. Holds the lock. */
    private void startImport() {
        if (importing || paused || queued.isEmpty()) return;
        importing = true;
        importThread.execute(this::importQueued);
    }

    private void resumeTags() {
        synchronized (gate) {
            gate.notifyAll();
        }
    }

    private void importQueued() {
        while (true) {
            List<Path> files;
            synchronized (this) {
                if (queued.isEmpty() || stopping || paused) {
                    importing = false;
                    break;
                }
                files = List.copyOf(queued);
                queued.clear();
            }
            Set<Path> reported = new HashSet<>();
            importer.run(files, new ImportStage.Sink() {
                @Override
                public void imported(Path file, long posterId, boolean duplicate) {
                    reported.add(file.toAbsolutePath().normalize());
                    listener.posterImported(file, posterId);
                    importedOne(file, posterId, duplicate);
                }

                @Override
                public void failed(Path file, String reason) {
                    reported.add(file.toAbsolutePath().normalize());
                    listener.posterFailed(new Failure(file, reason));
                    finishFile(file);
                }
            });
            keepUnreached(files, reported);
        }
        progress(null);
    }

    /** After a pause: the files the import did not reach go back to the front of the queue, for Resume. */
    private void keepUnreached(List<Path> files, Set<Path> reported) {
        if (!paused || stopping) return;
        List<Path> left = files.stream().filter(f -> !reported.contains(f.toAbsolutePath().normalize())).toList();
        synchronized (this) {
            queued.addAll(0, left);
        }
    }

    private void importedOne(Path file, long posterId, boolean duplicate) {
        boolean tag;
        synchronized (this) {
            Unit u = units.get(posterId);
            if (u != null && u.file == null) {
                // the catch-up queued this poster already: the dropped file is that one poster, counted once
                total--;
                if (!u.finished) {
                    u.file = file;
                    return;
                }
                tag = false;
            } else if (u != null) {
                skipped++; // the same image twice in one drop
                tag = false;
            } else {
                u = new Unit(file, duplicate);
                units.put(posterId, u);
                tag = tagger.available();
                if (!tag) {
                    u.finished = true;
                    if (duplicate) skipped++; else done++;
                }
            }
        }
        if (tag) queueTag(posterId, file);
        else markFinished(file);
    }

    private void finishFile(Path file) {
        synchronized (this) {
            failed++;
        }
        markFinished(file);
    }

    private void queueTag(long posterId, Path image) {
        // the window is closing: the poster is stored, and the next start embeds and tags what lacks an embedding
        if (stopping) return;
        int gen;
        synchronized (this) {
            tagsQueued++;
            gen = generation;
        }
        try {
            queueTag(posterId, image, gen);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            synchronized (this) {
                tagsQueued--;
            }
        }
    }

    private void queueTag(long posterId, Path image, int gen) {
        tagThread.execute(() -> {
            try {
                awaitResumed();
                if (stopping || gen != generation) return;
                progress(image.getFileName().toString());
                boolean ok;
                try {
                    tagger.tag(posterId, image);
                    listener.posterTagged(posterId);
                    ok = true;
                } catch (Exception | LinkageError e) {
                    if (stopping) return;
                    listener.posterFailed(new Failure(image, "catalogued, but tagging failed: " + ErrorReporter.describe(e)));
                    ok = false;
                }
                tagFinished(posterId, ok);
            } finally {
                synchronized (this) {
                    tagsQueued--;
                }
                progress(null);
            }
        });
    }

    private void tagFinished(long posterId, boolean ok) {
        Path file;
        synchronized (this) {
            Unit u = units.get(posterId);
            if (u == null) return; // a cancelled batch's straggler
            u.finished = true;
            u.tagged = true;
            if (!ok) failed++;
            else if (u.duplicate) skipped++;
            else done++;
            file = u.file;
        }
        if (file != null) markFinished(file);
    }

    /** The tag thread waits here while paused (the window closing or a cancel lets it go). */
    private void awaitResumed() {
        synchronized (gate) {
            while (paused && !stopping) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void markFinished(Path file) {
        try {
            pending.markFinished(file);
        } catch (RuntimeException e) {
            ErrorReporter.report(e);
        }
        progress(file.getFileName().toString());
    }

    /**
     * Tells the listener the counts. The import and tag threads both report: a snapshot taken earlier but delivered
     * later would leave the bar on stale counts, so an older snapshot than one already delivered is dropped.
     * Never called holding this runner's lock, so the delivery lock cannot deadlock with it.
     */
    private void progress(String current) {
        BatchProgress p;
        long seq;
        synchronized (this) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            p = new BatchProgress(done, failed, skipped, total, elapsed, running(), paused, current);
            seq = ++snapshots;
        }
        synchronized (delivery) {
            if (seq < delivered) return;
            delivered = seq;
            listener.progress(p);
        }
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
