package app.affiche.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * Exact (brute-force) nearest neighbours over the embeddings of one encoder. Rows are packed into float[] chunks
 * of {@value #CHUNK_ROWS} rows rather than one float[] per poster, so 100k x 1280 floats (512 MB) needs no single
 * huge allocation and no per-object overhead; chunks are searched in parallel and their top-k merged.
 * Immutable once built, safe to share between threads. Build with {@link #builder(int)}.
 */
public final class EmbeddingIndex {
    static final int CHUNK_ROWS = 4096;

    private final int dimension;
    private final long[] ids;
    private final float[][] chunks;
    private final float[] norms;
    private final float[][] palettes;

    private EmbeddingIndex(int dimension, long[] ids, float[][] chunks, float[] norms, float[][] palettes) {
        this.dimension = dimension;
        this.ids = ids;
        this.chunks = chunks;
        this.norms = norms;
        this.palettes = palettes;
    }

    public static Builder builder(int dimension) {
        return new Builder(dimension, CHUNK_ROWS);
    }

    /** A builder for about {@code rows} rows: a small index (re-ranking 100 candidates) allocates no 4,096-row chunk. */
    public static Builder builder(int dimension, int rows) {
        return new Builder(dimension, Math.clamp(rows, 1, CHUNK_ROWS));
    }

    public int size() {
        return ids.length;
    }

    public int dimension() {
        return dimension;
    }

    /** Memory held by the packed embeddings, in bytes. */
    public long embeddingBytes() {
        return (long) ids.length * dimension * Float.BYTES;
    }

    /**
     * This index with palette signatures for {@link Metric#COSINE_PALETTE} (null where unknown), sharing the packed
     * embeddings: palettes can be read only once that metric is first asked for.
     */
    public EmbeddingIndex withPalettes(LongFunction<float[]> paletteOf) {
        float[][] p = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) p[i] = paletteOf.apply(ids[i]);
        return new EmbeddingIndex(dimension, ids, chunks, norms, p);
    }

    /**
     * The k catalogued posters nearest to the query, nearest first.
     *
     * @param queryPalette the query's {@link PaletteSignature}, used by {@link Metric#COSINE_PALETTE}; may be null
     */
    public List<Neighbour> nearest(float[] query, float[] queryPalette, Metric metric, int k) {
        if (query.length != dimension)
            throw new IllegalArgumentException("query has " + query.length + " dimensions, index has " + dimension);
        if (k <= 0 || ids.length == 0) return List.of();
        double queryNorm = VectorMath.norm(query, 0, dimension);
        TopK best = IntStream.range(0, chunks.length).parallel()
                .mapToObj(c -> searchChunk(c, query, queryNorm, queryPalette, metric, k))
                .reduce(TopK::merge).orElseThrow();
        List<Neighbour> out = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) out.add(new Neighbour(ids[best.row(i)], best.distance(i), metric));
        return out;
    }

    private TopK searchChunk(int chunk, float[] q, double qNorm, float[] qPalette, Metric metric, int k) {
        TopK top = new TopK(k);
        float[] m = chunks[chunk];
        int rows = m.length / dimension;
        for (int r = 0; r < rows; r++) {
            int row = chunk * CHUNK_ROWS + r;
            top.offer(row, distance(metric, q, qNorm, qPalette, m, r * dimension, row));
        }
        return top;
    }

    private double distance(Metric metric, float[] q, double qNorm, float[] qPalette, float[] m, int offset, int row) {
        return switch (metric) {
            case COSINE -> 1 - cosine(q, qNorm, m, offset, row);
            case EUCLIDEAN -> Math.sqrt(VectorMath.squaredEuclidean(q, m, offset));
            case MANHATTAN -> VectorMath.manhattan(q, m, offset);
            case COSINE_PALETTE -> 1 - PaletteSignature.blend(cosine(q, qNorm, m, offset, row), qPalette, palettes[row]);
        };
    }

    private double cosine(float[] q, double qNorm, float[] m, int offset, int row) {
        double denominator = qNorm * norms[row];
        return denominator == 0 ? 0 : VectorMath.dot(q, m, offset) / denominator;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private final int dimension;
        private final List<float[]> chunks = new ArrayList<>();
        private long[] ids = new long[1024];
        private float[] norms = new float[1024];
        private float[][] palettes = new float[1024][];
        private int size;
        private final int firstChunkRows;

        private Builder(int dimension, int firstChunkRows) {
            if (dimension <= 0) throw new IllegalArgumentException("dimension must be positive: " + dimension);
            this.dimension = dimension;
            this.firstChunkRows = firstChunkRows;
        }

        /** Adds one poster; the embedding is copied. {@code paletteSignature} may be null. */
        public Builder add(long posterId, float[] embedding, float[] paletteSignature) {
            if (embedding.length != dimension)
                throw new IllegalArgumentException("poster " + posterId + ": embedding has " + embedding.length
                        + " dimensions, expected " + dimension);
            if (paletteSignature != null && paletteSignature.length != PaletteSignature.LENGTH)
                throw new IllegalArgumentException("poster " + posterId + ": palette signature has wrong length");
            if (size == ids.length) grow();
            int r = size % CHUNK_ROWS;
            if (r == 0) chunks.add(new float[(size == 0 ? firstChunkRows : CHUNK_ROWS) * dimension]);
            else if (chunks.getLast().length == r * dimension) chunks.set(chunks.size() - 1, Arrays.copyOf(chunks.getLast(), CHUNK_ROWS * dimension)); // the first, sized by the hint
            System.arraycopy(embedding, 0, chunks.getLast(), r * dimension, dimension);
            ids[size] = posterId;
            norms[size] = (float) VectorMath.norm(embedding, 0, dimension);
            palettes[size] = paletteSignature;
            size++;
            return this;
        }

        public EmbeddingIndex build() {
            float[][] packed = chunks.toArray(new float[0][]);
            int lastRows = size % CHUNK_ROWS;
            if (lastRows != 0) packed[packed.length - 1] = Arrays.copyOf(packed[packed.length - 1], lastRows * dimension);
            return new EmbeddingIndex(dimension, Arrays.copyOf(ids, size), packed, Arrays.copyOf(norms, size),
                    Arrays.copyOf(palettes, size));
        }

        private void grow() {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            norms = Arrays.copyOf(norms, n);
            palettes = Arrays.copyOf(palettes, n);
        }
    }
}
