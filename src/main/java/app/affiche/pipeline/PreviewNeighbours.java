package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.imaging.PerceptualHash;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;
import app.affiche.similar.DuplicateGroups;
import app.affiche.similar.DuplicateRule;
import app.affiche.similar.EmbeddingIndex;
import app.affiche.similar.Metric;
import app.affiche.similar.MetricBandit;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.similar.Neighbour;
import app.affiche.similar.PaletteSignature;
import app.affiche.similar.Rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogued posters nearest to a draft, under the metric the {@link MetricBandit} picks, and the designer's
 * good/okay/bad ratings fed back to it. The index over the catalogue's embeddings (for one encoder id) is built
 * on first use and rebuilt when the number of catalogued posters has changed since; call {@link #refresh()} after
 * embeddings were added to posters already there (e.g. when a tagging batch ends). Thread-safe.
 * <p>
 * The rule for scale: below {@link #ANN_FROM} embedded posters the search is exact over the embeddings in memory
 * (a few milliseconds); from there on it goes through the persisted approximate index ({@link AnnNeighbours}),
 * which holds no embeddings in memory and follows the catalogue's changes itself. Close it to release that index.
 */
public final class PreviewNeighbours implements AutoCloseable {
    /** Embedded posters from which the approximate index serves (exact search at 5,000 x 1,280: ~4 ms, 25 MB). */
    public static final int ANN_FROM = Integer.getInteger("affiche.similar.annFrom", 5_000);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PreviewNeighbours.class);

    private final Catalogue catalogue;
    private final String encoderId;
    private final MetricFeedbackStore store;
    private final MetricBandit bandit;
    private EmbeddingIndex index;
    private int postersAtBuild = -1;
    private EmbeddingIndex paletteIndex;
    private EmbeddingIndex paletteBase;
    private final int annFrom;
    private AnnNeighbours ann;
    /** The index build under way (if any), so {@link #close()} can stop it without waiting for it to end. */
    private volatile AnnBuild building;
    private volatile boolean closed;

    /** @param problems receives a message when the saved feedback file is unreadable (learning then restarts) */
    public PreviewNeighbours(Catalogue catalogue, String encoderId, MetricFeedbackStore store, Consumer<String> problems) {
        this(catalogue, encoderId, store, problems, ANN_FROM);
    }

    /** @param annFrom embedded posters from which the approximate index is used (tests lower it) */
    public PreviewNeighbours(Catalogue catalogue, String encoderId, MetricFeedbackStore store, Consumer<String> problems,
                             int annFrom) {
        this.annFrom = annFrom;
        this.catalogue = catalogue;
        this.encoderId = encoderId;
        this.store = store;
        this.bandit = store.load(System.nanoTime(), problems);
    }

    public String encoderId() {
        return encoderId;
    }

    /**
     * Opens the approximate index when the catalogue is large enough, building it first if needed under {@code build}
     * (progress, stop); throws {@link java.util.concurrent.CancellationException} when stopped or closed meanwhile.
     */
    public void prepare(AnnBuild build) {
        index(build);
    }

    /** Posters with an embedding for this encoder, building the index if needed. */
    public int indexedPosters() {
        EmbeddingIndex idx = index();
        return idx != null ? idx.size() : catalogue.embeddedPosterIds(encoderId).length;
    }

    /** Whether searches go through the approximate index (see the class comment for the rule). */
    public synchronized boolean approximate() {
        index();
        return ann != null;
    }

    /** The k nearest catalogued posters under the metric the bandit chooses now (none when nothing is indexed). */
    public List<PreviewSimilarPoster> nearest(float[] embedding, Palette palette, int k) {
        return nearest(embedding, palette, bandit.choose(), k);
    }

    /** The k nearest catalogued posters under a given metric. */
    public List<PreviewSimilarPoster> nearest(float[] embedding, Palette palette, Metric metric, int k) {
        return nearest(embedding, palette, metric, k, null);
    }

    /** As {@link #nearest(float[], Palette, int)}, marking the posters that are copies of a draft of this hash. */
    public List<PreviewSimilarPoster> nearest(float[] embedding, Palette palette, int k, Long perceptualHash) {
        return nearest(embedding, palette, bandit.choose(), k, perceptualHash);
    }

    /** @param perceptualHash the draft's (null: no poster is marked as a copy) */
    public List<PreviewSimilarPoster> nearest(float[] embedding, Palette palette, Metric metric, int k,
                                              Long perceptualHash) {
        EmbeddingIndex idx = index();
        Map<Long, Long> hashes = perceptualHash == null ? Map.of() : catalogue.perceptualHashes();
        List<PreviewSimilarPoster> out = new ArrayList<>(k);
        List<Neighbour> found = idx != null ? search(idx, embedding, palette, metric, k) : ann.nearest(embedding,
                palette == null ? null : PaletteSignature.of(palette), metric, k, this::paletteSignature);
        for (Neighbour n : found) {
            Optional<Poster> poster = catalogue.poster(n.posterId());
            if (poster.isEmpty()) continue; // removed since the index was built
            byte[] thumb = catalogue.thumbnail(n.posterId()).orElse(new byte[0]);
            Long hash = hashes.get(n.posterId());
            boolean copy = hash != null && DuplicateRule.DEFAULT.copies(PerceptualHash.hamming(hash, perceptualHash),
                    DuplicateGroups.cosine(embedding, catalogue.embedding(n.posterId(), encoderId).orElse(null)));
            out.add(new PreviewSimilarPoster(poster.get(), n.distance(), metric, thumb, copy));
        }
        return out;
    }

    private List<Neighbour> search(EmbeddingIndex idx, float[] embedding, Palette palette, Metric metric, int k) {
        if (metric != Metric.COSINE_PALETTE) return idx.nearest(embedding, null, metric, k);
        return withPalettes(idx).nearest(embedding, palette == null ? null : PaletteSignature.of(palette), metric, k);
    }

    /**
     * Palettes are read from the catalogue only when the palette metric is first chosen: one query per poster,
     * about 0.1 ms each (0.8 s for 7k posters), so previews under the other metrics never wait for them.
     */
    private synchronized EmbeddingIndex withPalettes(EmbeddingIndex idx) {
        if (paletteIndex == null || paletteBase != idx) {
            paletteIndex = idx.withPalettes(this::paletteSignature);
            paletteBase = idx;
        }
        return paletteIndex;
    }

    /** Rewards the metric that produced a suggestion and saves the counts (file I/O: call off the UI thread). */
    public void rate(Metric metric, Rating rating) {
        bandit.reward(metric, rating);
        store.save(bandit);
    }

    public MetricBandit bandit() {
        return bandit;
    }

    private float[] paletteSignature(long posterId) {
        return catalogue.palette(posterId).map(PaletteSignature::of).orElse(null);
    }

    public synchronized void refresh() {
        index = null;
    }

    private EmbeddingIndex index() {
        return index(AnnBuild.quiet());
    }

    /** The exact index, or null once the approximate one serves (it follows the catalogue by itself). */
    private synchronized EmbeddingIndex index(AnnBuild build) {
        if (closed) throw new java.util.concurrent.CancellationException("the similar posters were closed");
        if (ann != null) return null;
        int posters = catalogue.count(PosterFilter.ALL); // one COUNT query: cheap next to a preview
        if (index == null || posters != postersAtBuild) {
            long[] ids = catalogue.embeddedPosterIds(encoderId);
            if (ids.length >= annFrom) {
                int dimension = catalogue.embedding(ids[0], encoderId).orElseThrow().length;
                building = build;
                try {
                    if (closed) build.cancel(); // close() came first: stop at once
                    ann = AnnNeighbours.open(catalogue, encoderId, dimension, LOG::warn, build);
                } finally {
                    building = null;
                }
                index = null;
                return null;
            }
            index = build();
            postersAtBuild = posters;
        }
        return index;
    }

    /** Stops a build under way (it commits what it has), waits for it to end, and closes the index. */
    @Override
    public void close() {
        closed = true;
        AnnBuild b = building;
        if (b != null) b.cancel();
        synchronized (this) {
            if (ann != null) ann.close();
            ann = null;
        }
    }

    private EmbeddingIndex build() {
        Map<Long, float[]> embeddings = catalogue.embeddings(encoderId);
        int dimension = embeddings.values().stream().findFirst().map(v -> v.length).orElse(1);
        EmbeddingIndex.Builder builder = EmbeddingIndex.builder(dimension);
        embeddings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> builder.add(e.getKey(), e.getValue(), null));
        return builder.build();
    }
}
