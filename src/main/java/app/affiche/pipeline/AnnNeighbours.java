package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.EmbeddingListener;
import app.affiche.similar.AnnIndex;
import app.affiche.similar.AnnIndexException;
import app.affiche.similar.EmbeddingIndex;
import app.affiche.similar.Metric;
import app.affiche.similar.Neighbour;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Similar posters for a large catalogue: the {@link AnnIndex} in a folder beside the catalogue
 * ({@code catalogue.db.similar-<encoder>/}) finds {@value #CANDIDATES} candidates by cosine, which are re-ranked
 * exactly under the metric asked for from their stored vectors. So cosine results are exact distances over an
 * approximate candidate set, and Euclidean, L1 and the palette blend rank the cosine neighbourhood, not the whole
 * catalogue.
 * <p>
 * The index follows the catalogue: on open, the catalogue's embedded ids are compared with the index's (cheap)
 * and the difference is added or deleted; afterwards, changes this process commits reach it through an
 * {@link EmbeddingListener} and are applied before the next query. A missing, damaged or foreign index is rebuilt.
 * When another process holds the index (the window, while {@code affiche similar} runs), it is opened read-only:
 * posters it lacks are searched exactly beside it and posters gone from the catalogue are left out.
 */
public final class AnnNeighbours implements AutoCloseable {
    /** Candidates taken from the index per query (also its search beam): recall@10 0.95+ in `bench similar`. */
    public static final int CANDIDATES = 100;

    private final Catalogue catalogue;
    private final String encoderId;
    private final int dimension;
    private final Consumer<String> log;
    private final EmbeddingListener listener = this::changed;
    private final Set<Long> pending = new HashSet<>();
    private AnnIndex index;
    /** Read-only only: posters the index lacks (searched exactly) and posters it has that are gone. */
    private EmbeddingIndex missing;
    private Set<Long> gone = Set.of();

    private AnnNeighbours(Catalogue catalogue, String encoderId, int dimension, Consumer<String> log) {
        this.catalogue = catalogue;
        this.encoderId = encoderId;
        this.dimension = dimension;
        this.log = log;
    }

    /** The folder for one encoder's index beside a catalogue file. */
    public static Path folder(Path catalogueFile, String encoderId) {
        return catalogueFile.resolveSibling(catalogueFile.getFileName() + ".similar-" + encoderId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Opens (building or bringing up to date as needed) the index for this encoder's embeddings of the catalogue. */
    public static AnnNeighbours open(Catalogue catalogue, String encoderId, int dimension, Consumer<String> log) {
        return open(catalogue, encoderId, dimension, log, AnnBuild.quiet());
    }

    /**
     * As {@link #open(Catalogue, String, int, Consumer)}, the build (or catch-up) reporting to and stoppable by
     * {@code build}: when stopped, the posters added so far are committed as a part-built index, nothing is opened
     * and {@link java.util.concurrent.CancellationException} is thrown; the next open goes on from there.
     */
    public static AnnNeighbours open(Catalogue catalogue, String encoderId, int dimension, Consumer<String> log,
                                     AnnBuild build) {
        AnnNeighbours n = new AnnNeighbours(catalogue, encoderId, dimension, log);
        catalogue.onEmbeddingsChanged(n.listener);
        try {
            n.index = n.openIndex(folder(catalogue.file(), encoderId));
            n.sync(build);
            return n;
        } catch (IOException | RuntimeException e) {
            n.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private AnnIndex openIndex(Path folder) throws IOException {
        if (!java.nio.file.Files.isDirectory(folder)) log.accept("similar-poster index " + folder + " is missing: building it");
        try {
            return AnnIndex.openWritable(folder, encoderId, dimension);
        } catch (LockObtainFailedException e) {
            try {
                return AnnIndex.openReadOnly(folder, encoderId, dimension);
            } catch (AnnIndexException damaged) {
                log.accept("similar-poster index " + folder + " is in use elsewhere and cannot be read: "
                        + damaged.getMessage() + "; searching every poster exactly");
                return null;
            }
        } catch (AnnIndexException e) {
            log.accept("similar-poster index " + folder + " cannot be used: " + e.getMessage() + "; rebuilding it");
            try {
                AnnIndex.delete(folder);
                return AnnIndex.openWritable(folder, encoderId, dimension);
            } catch (IOException unwritable) { // e.g. a read-only folder: the search still works, exactly
                log.accept("similar-poster index " + folder + " cannot be written (" + unwritable.getMessage()
                        + "); searching every poster exactly");
                return null;
            }
        }
    }

    /** Whether this process keeps the index (else it reads another's, or none). */
    public boolean writable() {
        return index != null && index.writable();
    }

    private synchronized void sync(AnnBuild build) throws IOException {
        long[] inCatalogue = catalogue.embeddedPosterIds(encoderId);
        long[] inIndex = index == null ? new long[0] : index.ids();
        List<Long> add = minus(inCatalogue, inIndex);
        List<Long> remove = minus(inIndex, inCatalogue);
        if (!writable()) {
            missing = exact(catalogue.embeddings(encoderId, add));
            gone = new HashSet<>(remove);
            return;
        }
        boolean firstBuild = index.building() || inIndex.length == 0;
        if (index.building() && inIndex.length > 0)
            log.accept("similar-poster index: the first build was stopped with " + inIndex.length + " of "
                    + inCatalogue.length + " posters in; going on from there");
        if (add.size() > 1000) log.accept("similar-poster index: adding " + add.size() + " posters (once; later only changes)");
        for (long id : remove) index.remove(id);
        if (firstBuild || !add.isEmpty() || !remove.isEmpty())
            build.add(index, add, ids -> catalogue.embeddings(encoderId, ids), firstBuild);
    }

    private void changed(String encoder, java.util.Collection<Long> posterIds) {
        if (encoder != null && !encoder.equals(encoderId)) return;
        synchronized (pending) {
            pending.addAll(posterIds);
        }
    }

    /** Applies the changes heard since the last query: each poster's embedding is read again (gone: deleted). */
    private synchronized void applyPending() throws IOException {
        Set<Long> ids;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            ids = new TreeSet<>(pending);
            pending.clear();
        }
        if (!writable()) {
            sync(AnnBuild.quiet()); // a reader beside the window: recompute what the last commit lacks
            return;
        }
        Map<Long, float[]> now = catalogue.embeddings(encoderId, ids);
        for (long id : ids) {
            float[] v = now.get(id);
            if (v == null) index.remove(id);
            else index.put(id, v);
        }
        index.commit();
    }

    /**
     * The k posters nearest to the query under the metric, nearest first.
     *
     * @param paletteOf the palette signature of a poster, for {@link Metric#COSINE_PALETTE} (read for candidates only)
     */
    public synchronized List<Neighbour> nearest(float[] query, float[] queryPalette, Metric metric, int k,
                                                LongFunction<float[]> paletteOf) {
        try {
            applyPending();
            EmbeddingIndex.Builder candidates = EmbeddingIndex.builder(dimension, Math.max(CANDIDATES, k));
            if (index != null)
                for (AnnIndex.Candidate c : index.nearest(query, Math.max(CANDIDATES, k)))
                    if (!gone.contains(c.posterId())) candidates.add(c.posterId(), c.embedding(), null);
            List<Neighbour> out = new ArrayList<>(search(candidates.build(), query, queryPalette, metric, k, paletteOf));
            if (missing != null && missing.size() > 0) out.addAll(search(missing, query, queryPalette, metric, k, paletteOf));
            return out.stream().sorted(Comparator.comparingDouble(Neighbour::distance)).limit(k).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("searching the similar-poster index: " + e.getMessage(), e);
        }
    }

    private static List<Neighbour> search(EmbeddingIndex idx, float[] q, float[] qPalette, Metric metric, int k,
                                          LongFunction<float[]> paletteOf) {
        return (metric == Metric.COSINE_PALETTE ? idx.withPalettes(paletteOf) : idx).nearest(q, qPalette, metric, k);
    }

    private EmbeddingIndex exact(Map<Long, float[]> vectors) {
        EmbeddingIndex.Builder b = EmbeddingIndex.builder(dimension);
        vectors.forEach((id, v) -> b.add(id, v, null));
        return b.build();
    }

    /** Ids in a but not in b; both ascending. */
    private static List<Long> minus(long[] a, long[] b) {
        List<Long> out = new ArrayList<>();
        for (long id : a) if (Arrays.binarySearch(b, id) < 0) out.add(id);
        return out;
    }

    @Override
    public synchronized void close() {
        catalogue.removeEmbeddingListener(listener);
        try {
            if (index != null) index.close();
        } catch (IOException e) {
            log.accept("closing the similar-poster index: " + e.getMessage());
        }
        index = null;
    }
}
