package app.affiche.similar;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An approximate nearest-neighbour index (Lucene HNSW) over one encoder's embeddings, kept in a folder, keyed by
 * poster id. Vectors are stored unit length and searched by dot product, i.e. cosine; each poster's length is kept
 * beside it, so {@link #nearest} gives back the original vectors for exact re-ranking under any {@link Metric}.
 * Lucene reads the vectors memory-mapped: the heap holds none of them. Writable (holds the folder's write lock;
 * changes are visible after {@link #commit}) or read-only (the last commit). Methods are synchronized: a commit
 * swaps the reader under a running query otherwise.
 */
public final class AnnIndex implements AutoCloseable {
    private static final String VECTOR = "v", ID = "id", KEY = "key", NORM = "norm";
    private static final String FORMAT_KEY = "affiche.format", ENCODER_KEY = "affiche.encoder", DIM_KEY = "affiche.dim";
    private static final String FORMAT = "1";
    /** "building" until a first build has every poster and is merged; an index without the key predates it (complete). */
    private static final String STATE_KEY = "affiche.state", BUILDING = "building", COMPLETE = "complete";

    private final Directory directory;
    private final IndexWriter writer;
    private final int dimension;
    private DirectoryReader reader;
    private final Map<String, String> commitData;

    /** A poster found by the index: its id and embedding as stored in the catalogue (length restored). */
    public record Candidate(long posterId, float[] embedding) {
    }

    private AnnIndex(Directory directory, IndexWriter writer, DirectoryReader reader, int dimension,
                     Map<String, String> commitData) {
        this.commitData = new java.util.HashMap<>(commitData);
        this.directory = directory;
        this.writer = writer;
        this.reader = reader;
        this.dimension = dimension;
    }

    /**
     * Opens the index in {@code folder} for writing, creating it when missing. Throws
     * {@link org.apache.lucene.store.LockObtainFailedException} when another writer holds it and
     * {@link AnnIndexException} when it is damaged or was built for another encoder or dimension.
     */
    public static AnnIndex openWritable(Path folder, String encoderId, int dimension) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        IndexWriter w = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig().setCodec(WideHnswFormat.codec())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(256);
            boolean fresh = !DirectoryReader.indexExists(dir);
            w = new IndexWriter(dir, config);
            if (fresh) {
                w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, ENCODER_KEY, encoderId, DIM_KEY, Integer.toString(dimension),
                        STATE_KEY, BUILDING).entrySet());
                w.commit();
            }
            Map<String, String> data = new java.util.HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            check(data, encoderId, dimension);
            DirectoryReader r = DirectoryReader.open(w);
            return new AnnIndex(dir, w, r, dimension, data);
        } catch (IOException | RuntimeException e) {
            if (w != null) w.rollback();
            dir.close();
            throw e instanceof org.apache.lucene.store.LockObtainFailedException l ? l : AnnIndexException.of(folder, e);
        }
    }

    /** Opens the last commit in {@code folder} for searching only; throws {@link AnnIndexException} when missing or damaged. */
    public static AnnIndex openReadOnly(Path folder, String encoderId, int dimension) throws AnnIndexException {
        try {
            Directory dir = FSDirectory.open(folder);
            try {
                DirectoryReader r = DirectoryReader.open(dir);
                Map<String, String> data = r.getIndexCommit().getUserData();
                check(data, encoderId, dimension);
                return new AnnIndex(dir, null, r, dimension, data);
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw AnnIndexException.of(folder, e);
        }
    }

    private static void check(Map<String, String> data, String encoderId, int dimension) throws AnnIndexException {
        if (!FORMAT.equals(data.get(FORMAT_KEY)) || !encoderId.equals(data.get(ENCODER_KEY))
                || !Integer.toString(dimension).equals(data.get(DIM_KEY)))
            throw new AnnIndexException("it was built for another encoder, dimension or format (" + data + ")");
    }

    public boolean writable() {
        return writer != null;
    }

    /**
     * Whether the last commit is of a first build not finished: stopped (Ctrl-C, window closed) or killed part way,
     * so posters may be missing and segments unmerged. Its posters are sound; the build goes on from them.
     */
    public synchronized boolean building() {
        return BUILDING.equals(commitData.get(STATE_KEY));
    }

    /** Commits, recording whether the first build is still under way ({@link #building()}). */
    public synchronized void commit(boolean building) throws IOException {
        requireWritable();
        commitData.put(STATE_KEY, building ? BUILDING : COMPLETE);
        writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
        commit();
    }

    /** Posters in the index (as of the last commit). */
    public synchronized int size() {
        return reader.numDocs();
    }

    /** Segments a query walks (one graph each). */
    public synchronized int segments() {
        return reader.leaves().size();
    }

    /** Poster ids in the index (as of the last commit), ascending. */
    public synchronized long[] ids() throws IOException {
        long[] out = new long[reader.numDocs()];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
            if (ids == null) continue;
            for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc())
                if (live == null || live.get(doc)) out[n++] = ids.longValue();
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Adds or replaces one poster's embedding (thread-safe: Lucene's writer takes documents from several threads).
     * A zero vector has no direction for cosine: it is left out.
     */
    public void put(long posterId, float[] embedding) throws IOException {
        requireWritable();
        if (embedding.length != dimension)
            throw new IllegalArgumentException("poster " + posterId + ": embedding has " + embedding.length
                    + " dimensions, index has " + dimension);
        double norm = VectorMath.norm(embedding, 0, dimension);
        Term key = key(posterId);
        if (norm == 0 || !Double.isFinite(norm)) {
            writer.deleteDocuments(key);
            return;
        }
        float[] unit = new float[dimension];
        for (int i = 0; i < dimension; i++) unit[i] = (float) (embedding[i] / norm);
        Document doc = new Document();
        doc.add(new StringField(KEY, key.text(), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, posterId));
        doc.add(new NumericDocValuesField(NORM, Float.floatToIntBits((float) norm)));
        doc.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        writer.updateDocument(key, doc);
    }

    public void remove(long posterId) throws IOException {
        requireWritable();
        writer.deleteDocuments(key(posterId));
    }

    /** Makes the changes durable and visible to searches here and to readers opened later elsewhere. */
    public synchronized void commit() throws IOException {
        requireWritable();
        writer.commit();
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
        if (fresh != null) {
            reader.close();
            reader = fresh;
        }
    }

    /**
     * Merges into one segment (one graph to walk per query); for a bulk build, it costs a full rebuild of the graph.
     * Not synchronized, so {@link #abort} can stop it from another thread.
     */
    public void optimise() throws IOException {
        writer.forceMerge(1);
        commit();
    }

    /**
     * Drops what was not committed and stops a running merge (the only way Lucene offers to stop one); the index
     * stays as last committed and this object can only be closed.
     */
    public void abort() throws IOException {
        requireWritable();
        writer.rollback();
    }

    /**
     * About {@code n} posters nearest to the query by cosine, nearest first (approximate). {@code n} is also the
     * search beam: asking for more than will be used raises recall.
     */
    public synchronized List<Candidate> nearest(float[] query, int n) throws IOException {
        double norm = VectorMath.norm(query, 0, query.length);
        if (n <= 0 || norm == 0 || reader.numDocs() == 0) return List.of();
        float[] unit = new float[query.length];
        for (int i = 0; i < unit.length; i++) unit[i] = (float) (query[i] / norm);
        TopDocs top = new IndexSearcher(reader).search(new KnnFloatVectorQuery(VECTOR, unit, n), n);
        List<LeafReaderContext> leaves = reader.leaves();
        List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            out.add(candidate(leaf.reader(), hit.doc - leaf.docBase));
        }
        return out;
    }

    private static Candidate candidate(LeafReader leaf, int doc) throws IOException {
        long id = value(leaf.getNumericDocValues(ID), doc);
        float norm = Float.intBitsToFloat((int) value(leaf.getNumericDocValues(NORM), doc));
        var vectors = leaf.getFloatVectorValues(VECTOR);
        var it = vectors.iterator();
        if (it.advance(doc) != doc) throw new IOException("document " + doc + " has no vector");
        float[] v = vectors.vectorValue(it.index()).clone();
        for (int i = 0; i < v.length; i++) v[i] *= norm;
        return new Candidate(id, v);
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        if (values == null || !values.advanceExact(doc)) throw new IOException("document " + doc + " has no poster id");
        return values.longValue();
    }

    private void requireWritable() {
        if (writer == null) throw new IllegalStateException("the similar-poster index was opened read-only");
    }

    private static Term key(long posterId) {
        return new Term(KEY, Long.toString(posterId));
    }

    /** Bytes the index takes on disk. */
    public static long sizeOnDisk(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Deletes the folder and everything in it (the index is derived data: the catalogue rebuilds it). */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            reader.close();
            if (writer != null && writer.isOpen()) writer.close(); // commits what is left (none after an abort)
        } finally {
            directory.close();
        }
    }
}
