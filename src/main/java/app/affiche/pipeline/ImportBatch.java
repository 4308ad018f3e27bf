package app.affiche.pipeline;

import app.affiche.catalogue.AddResult;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CatalogueException;
import app.affiche.catalogue.ImportLabels;
import app.affiche.poster.Sha256;
import app.affiche.catalogue.NewPoster;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Imports files and folders into the catalogue: hashing, decoding, palette and thumbnail on a small worker pool
 * fed through a bounded window, storing on one writer thread that commits in chunks (each poster atomic, with the
 * import labels given for it).
 * A file whose SHA-256 is already catalogued is skipped (a renamed copy is remembered as another path).
 * {@link #cancel()} stops scheduling; files already decoded are still stored, so nothing is half-written.
 * One batch runs once; it is a plain class so the command line and the UI drive the same code.
 */
public final class ImportBatch {
    private static final int CHUNK = 32;
    private static final long GATHER_NANOS = 100_000_000L;

    private final Catalogue catalogue;
    private final PosterPreparer preparer;
    private app.affiche.pipeline.workers.ImageRoot imageRoot = app.affiche.pipeline.workers.ImageRoot.NONE;
    private final int workers;
    private final BatchState state;
    private final ImportLabels labels;
    private volatile boolean cancelled;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    private record Prepared(ImportItem item, NewPoster poster) {
    }

    private static final Prepared END = new Prepared(null, null);

    public ImportBatch(Catalogue catalogue, PosterDecoder decoder, PaletteExtractor palettes, int workers,
                       ImportListener listener) {
        this(catalogue, decoder, palettes, workers, listener, ImportLabels.NONE);
    }

    /** A batch that writes each stored poster's import labels in the same transaction as the poster. */
    public ImportBatch(Catalogue catalogue, PosterDecoder decoder, PaletteExtractor palettes, int workers,
                       ImportListener listener, ImportLabels labels) {
        this(catalogue, decoder, palettes, workers, listener, labels, null);
    }

    /** As above; each new poster's encoder input, decoded with the import's copy, goes to {@code forEncoder}. */
    public ImportBatch(Catalogue catalogue, PosterDecoder decoder, PaletteExtractor palettes, int workers,
                       ImportListener listener, ImportLabels labels, EncoderImages forEncoder) {
        if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
        this.catalogue = catalogue;
        this.preparer = new PosterPreparer(decoder, palettes, forEncoder);
        this.workers = workers;
        this.state = new BatchState(listener);
        this.labels = labels;
    }

    /** Files under this shared image folder are stored by their path relative to it (every machine maps it). */
    public ImportBatch storingUnder(app.affiche.pipeline.workers.ImageRoot root) {
        this.imageRoot = root;
        return this;
    }

    /** Asks the batch to stop: no new file starts; what is finished is kept. Safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the batch on the calling thread (plus its workers) and returns when everything is stored. */
    public ImportReport run(List<Path> inputs) {
        if (!started.compareAndSet(false, true)) throw new IllegalStateException("an ImportBatch runs once");
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "affiche-import-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Prepared> toStore = new ArrayBlockingQueue<>(CHUNK * 2);
        Thread writer = Thread.ofPlatform().name("affiche-import-writer").start(() -> storeAll(toStore));
        Semaphore window = new Semaphore(workers * 4);
        try {
            FileWalker.walk(inputs, new FileWalker.Sink() {
                @Override
                public void file(Path file) {
                    ImportItem item = state.add(display(file), ItemState.SCHEDULED, null);
                    window.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            prepare(file, item, toStore);
                        } finally {
                            window.release();
                        }
                    });
                }

                @Override
                public void failed(Path path, String reason) {
                    state.add(display(path), ItemState.FAILED, reason);
                }
            }, () -> cancelled);
        } finally {
            state.walkingDone();
            pool.shutdown();
            awaitUninterruptibly(pool);
            putUninterruptibly(toStore, END);
            joinUninterruptibly(writer);
        }
        return state.report(cancelled);
    }

    private static String display(Path p) {
        try {
            return p.toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return p.toString();
        }
    }

    private String stored(Path file, ImportItem item) {
        return imageRoot.root() == null ? item.path() : imageRoot.store(file);
    }

    private void prepare(Path file, ImportItem item, BlockingQueue<Prepared> toStore) {
        if (cancelled) {
            state.update(item, ItemState.CANCELLED, null, null);
            return;
        }
        ImportItem running = state.update(item, ItemState.RUNNING, null, null);
        try {
            String sha = Sha256.of(file);
            labels.prepare(file, item.path(), sha);
            OptionalLong known = catalogue.posterIdBySha(sha);
            if (known.isPresent()) {
                catalogue.addPosterPath(known.getAsLong(), stored(file, item));
                state.update(running, ItemState.SKIPPED_DUPLICATE, null, known.getAsLong());
                return;
            }
            putUninterruptibly(toStore, new Prepared(running, preparer.prepare(file, sha, stored(file, item))));
        } catch (DecodeException e) {
            state.update(running, ItemState.FAILED, e.getMessage(), null);
        } catch (OutOfMemoryError e) {
            state.update(running, ItemState.FAILED, "not enough memory to decode this image", null);
        } catch (Exception e) {
            state.update(running, ItemState.FAILED, describe(e), null);
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        String kind = switch (e) {
            case java.nio.file.NoSuchFileException n -> "file not found";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            default -> e.getClass().getSimpleName();
        };
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /** Writer thread: commits prepared posters in chunks; a failing chunk is retried poster by poster. */
    private void storeAll(BlockingQueue<Prepared> toStore) {
        List<Prepared> chunk = new ArrayList<>();
        boolean end = false;
        while (!end) {
            chunk.clear();
            try {
                chunk.add(toStore.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            gather(toStore, chunk);
            end = chunk.remove(END);
            if (chunk.isEmpty()) continue;
            try {
                List<AddResult> results = catalogue.addPosters(chunk.stream().map(Prepared::poster).toList(), labels);
                for (int i = 0; i < chunk.size(); i++) stored(chunk.get(i).item(), results.get(i));
            } catch (CatalogueException | IllegalArgumentException e) {
                for (Prepared p : chunk) storeOne(p);
            }
        }
    }

    /** Fills the chunk for up to 100 ms, so a commit (one fsync) covers many posters when decoding is fast. */
    private static void gather(BlockingQueue<Prepared> toStore, List<Prepared> chunk) {
        long deadline = System.nanoTime() + GATHER_NANOS;
        toStore.drainTo(chunk, CHUNK - chunk.size());
        while (chunk.size() < CHUNK && !chunk.contains(END)) {
            Prepared next;
            try {
                next = toStore.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (next == null) return;
            chunk.add(next);
            toStore.drainTo(chunk, CHUNK - chunk.size());
        }
    }

    private void storeOne(Prepared p) {
        try {
            stored(p.item(), catalogue.addPosters(List.of(p.poster()), labels).getFirst());
        } catch (CatalogueException | IllegalArgumentException e) {
            state.update(p.item(), ItemState.FAILED, "cannot store in the catalogue: " + e.getMessage(), null);
        }
    }

    private void stored(ImportItem item, AddResult result) {
        state.update(item, result.added() ? ItemState.DONE : ItemState.SKIPPED_DUPLICATE, null, result.id());
    }

    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> queue, T value) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(value);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
