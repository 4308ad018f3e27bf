package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.CuratorThresholds;
import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue: posters, labels with their source, palettes, thumbnails, embeddings, heads. A local SQLite file
 * (the default; {@link SqliteOpening}) or a team's PostgreSQL database ({@link PgOpening}); the SQL that differs
 * between them is in {@link Engine}. Each mutating method is one transaction (one user action). Thread-safe: one
 * connection, every call synchronized on it. SQLite: WAL journal with synchronous=FULL: a method that returned has
 * its transaction fsynced, so it survives a process kill and a power cut (NORMAL would survive kill -9 too, but not
 * a power cut). PostgreSQL: a broken connection is replaced on the next call ({@link CatalogueLink}).
 */
public final class Catalogue implements AutoCloseable {
    private final CatalogueLocation location;
    private final CatalogueLock lock;
    private final CatalogueLink link;
    private final boolean readOnly;
    private final EmbeddingListeners embeddingListeners = new EmbeddingListeners();
    private boolean closed;

    /** Work on the connection; may throw SQLException. */
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** {@code lock}: SQLite's process lock, none when read-only or on PostgreSQL. */
    Catalogue(CatalogueLocation location, CatalogueLock lock, CatalogueLink link, boolean readOnly) {
        this.location = location;
        this.lock = lock;
        this.link = link;
        this.readOnly = readOnly;
    }

    /** Opens (creating or migrating) the catalogue; throws {@link CatalogueLockedException} if another process has it. */
    public static Catalogue open(Path file) {
        return SqliteOpening.open(file, Migrations.LATEST);
    }

    /**
     * Opens (creating or migrating) the catalogue at this location: a SQLite file (under its process lock) or a
     * PostgreSQL database (shared by many users, so no lock). The rest of the program does not see the difference.
     */
    public static Catalogue open(CatalogueLocation location) {
        return location.postgresql() ? PgOpening.open(location, Migrations.LATEST) : open(location.sideFile());
    }

    /**
     * Opens an existing catalogue for reading only, without the process lock, so read-only commands (list, export,
     * predict) work while the window has it open: SQLite's WAL lets readers see the last committed state beside
     * the one writer. Writes fail ("readonly database"). A catalogue that is missing or not at this build's schema
     * is opened the usual way (created or migrated, under the lock).
     */
    public static Catalogue openReadOnly(Path file) {
        return SqliteOpening.openReadOnly(file);
    }

    /** As {@link #openReadOnly(Path)}; a PostgreSQL catalogue is simply opened (its server keeps readers apart). */
    public static Catalogue openReadOnly(CatalogueLocation location) {
        return location.postgresql() ? open(location) : openReadOnly(location.sideFile());
    }

    /** Opens and migrates only up to {@code schemaVersion} (tests use it to build older catalogues). */
    static Catalogue open(Path file, int schemaVersion) {
        return SqliteOpening.open(file, schemaVersion);
    }

    synchronized <T> T read(String what, SqlWork<T> work) {
        ensureOpen();
        return link.run(what, work, false);
    }

    /** One transaction: all of {@code work} or nothing. */
    synchronized <T> T write(String what, SqlWork<T> work) {
        ensureOpen();
        return link.run(what, work, true);
    }

    private void ensureOpen() {
        if (closed) throw new CatalogueException("catalogue " + location + " is closed");
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    /**
     * The SQLite file; for PostgreSQL a per-user stand-in path (see {@link CatalogueLocation#sideFile()}) beside
     * which side folders (the similar-poster index) go.
     */
    public Path file() {
        return location.sideFile();
    }

    /** Where the catalogue is: its file, or its {@code postgresql://} URL (never with a password). */
    public CatalogueLocation location() {
        return location;
    }

    public int schemaVersion() {
        return read("reading schema version", SchemaHistory::version);
    }

    public OptionalLong posterIdBySha(String sha256) {
        return read("looking up a poster", c -> PosterQueries.idBy(c, "SELECT id FROM posters WHERE sha256 = ?",
                sha256.toLowerCase(Locale.ROOT)));
    }

    /** The poster stored at this path (or seen there as a renamed copy); the path as given at import. */
    public OptionalLong posterIdByPath(String path) {
        return read("looking up a poster by path", c -> {
            OptionalLong id = PosterQueries.idBy(c, "SELECT id FROM posters WHERE path = ?", path);
            return id.isPresent() ? id : PosterQueries.idBy(c, "SELECT poster_id FROM poster_paths WHERE path = ?", path);
        });
    }

    /** Ids of posters whose SHA-256 starts with this (lower-case hex) prefix. */
    public List<Long> posterIdsByShaPrefix(String prefix) {
        return read("looking up a poster by SHA-256 prefix", c -> PosterQueries.idsByShaPrefix(c, prefix));
    }

    /** Stores a new poster; if its SHA-256 is already there, returns the existing id and changes nothing. */
    public long addPoster(NewPoster poster) {
        return addPosters(List.of(poster)).getFirst().id();
    }

    /**
     * Stores several posters in one transaction (import commits in chunks). A poster whose SHA-256 is known is
     * not stored again; a different path for it is remembered as a renamed copy.
     */
    public List<AddResult> addPosters(List<NewPoster> posters) {
        return addPosters(posters, ImportLabels.NONE);
    }

    /** As {@link #addPosters(List)}, writing the import labels given for these posters in the same transaction. */
    public List<AddResult> addPosters(List<NewPoster> posters, ImportLabels labels) {
        for (NewPoster p : posters) {
            if (p.sha256() == null || !p.sha256().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("not a SHA-256: " + p.sha256());
            }
        }
        return PosterWrites.add(this, posters, labels, now());
    }

    /** Remembers another path at which a known poster was seen (a renamed copy). One transaction. */
    public void addPosterPath(long posterId, String path) {
        PosterWrites.addPath(this, posterId, path);
    }

    /**
     * Removes posters and everything stored about them (labels, palette, embeddings, other paths) in one
     * transaction; the image files are not touched. Unknown ids are skipped. The result can put them back.
     */
    public RemovedPosters removePosters(Collection<Long> posterIds) {
        RemovedPosters removed = PosterRemoval.remove(this, posterIds);
        embeddingsChanged(null, removed.posterIds());
        return removed;
    }

    /** Undoes {@link #removePosters}: the same rows under the same ids, except posters imported again meanwhile. */
    public List<Long> restorePosters(RemovedPosters removed) {
        List<Long> restored = PosterRemoval.restore(this, removed);
        embeddingsChanged(null, restored);
        return restored;
    }

    /** Perceptual hashes by poster id, for the posters that have one (see {@link NewPoster#perceptualHash()}). */
    public Map<Long, Long> perceptualHashes() {
        return PerceptualHashSql.all(this);
    }

    /** Posters without a perceptual hash (imported before v5): id to file path, in id order. */
    public Map<Long, String> postersWithoutPerceptualHash() {
        return PerceptualHashSql.missing(this);
    }

    /** Stores computed perceptual hashes (poster id to hash) in one transaction. */
    public void putPerceptualHashes(Map<Long, Long> hashes) {
        PerceptualHashSql.putAll(this, hashes);
    }

    /**
     * Folds copies into the poster kept, in one transaction: every curator genre, the curator's title and year, and
     * the copies' paths move onto it, then the copies are removed (see {@link DuplicateMerge}).
     */
    public MergedCopies mergeCopies(long keep, List<Long> copies) {
        return DuplicateMerge.merge(this, keep, copies, now());
    }

    public Optional<Poster> poster(long id) {
        return read("reading a poster", c -> PosterQueries.poster(c, id));
    }

    public List<Poster> posters(PosterFilter filter) {
        return read("listing posters", c -> PosterQueries.posters(c, filter));
    }

    public int count(PosterFilter filter) {
        return read("counting posters", c -> PosterQueries.count(c, filter));
    }

    public Optional<byte[]> thumbnail(long posterId) {
        return read("reading a thumbnail", c -> PosterQueries.thumbnail(c, posterId));
    }

    public Optional<Palette> palette(long posterId) {
        return read("reading a palette", c -> PosterSql.palette(c, posterId));
    }

    /** Palette analytics per genre or decade of the posters the filter passes: one aggregate query. */
    public PaletteStats paletteStats(PaletteStats.Grouping by, PosterFilter filter) {
        return read("computing palette statistics", c -> PaletteStatsSql.query(c, by, filter));
    }

    public List<GenreLabel> labels(long posterId) {
        return read("reading labels", c -> LabelSql.labels(c, posterId));
    }

    /**
     * Replaces the poster's confirmed genres (source CURATOR or IMPORT), in one transaction. A curator's word is
     * final: IMPORT labels leave a poster that has CURATOR labels untouched. Unknown genres throw
     * {@link UnknownGenreException} and change nothing.
     */
    public void setConfirmedLabels(long posterId, Set<String> genres, LabelSource source) {
        LabelWrites.confirmed(this, posterId, genres, source, now());
    }

    /**
     * Puts confirmed genres back exactly as they were, with their source, for several posters in one transaction
     * (undo): unlike an import, restoring IMPORT labels does replace the curator labels the undone edit wrote.
     */
    public void restoreConfirmed(Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources) {
        LabelWrites.restore(this, genresByPoster, sources, CuratorEdit.unchecked(), now());
    }

    /**
     * As {@link #restoreConfirmed(Map, Map)} by {@code edit}'s curator, refused ({@link StaleEditException}) where a
     * poster is no longer at the version he saw; returns the posters' versions after it.
     */
    public Map<Long, Long> restoreConfirmed(Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources,
                                            CuratorEdit edit) {
        return LabelWrites.restore(this, genresByPoster, sources, edit, now());
    }

    /** Curator genres for several posters as {@code edit}'s curator, checked as he saw them; returns the new versions. */
    public Map<Long, Long> setCuratorGenres(Map<Long, Set<String>> genresByPoster, CuratorEdit edit) {
        return LabelWrites.curator(this, genresByPoster, edit, now());
    }

    /** The poster's row version: what a curator's later write says he saw (absent: no such poster). */
    public OptionalLong posterVersion(long posterId) {
        return read("reading a poster's version", c -> PosterVersions.version(c, posterId));
    }

    /** Title and year set exactly (as {@link #replaceTitleAndYear}) by {@code edit}'s curator, checked; new version. */
    public Map<Long, Long> replaceTitleAndYear(long posterId, String title, Integer year, CuratorEdit edit) {
        return TitleYearWrites.replace(this, posterId, title, year, edit, now());
    }

    /** As {@link #restoreTitleAndYear(long, String, LabelSource, Integer, LabelSource)}, checked; new version. */
    public Map<Long, Long> restoreTitleAndYear(long posterId, String title, LabelSource titleSource, Integer year,
                                               LabelSource yearSource, CuratorEdit edit) {
        return TitleYearWrites.restore(this, posterId, title, titleSource, year, yearSource, edit, now());
    }

    /**
     * A curator's edit of title and year, set exactly as given: null clears the field. A value left as it was keeps
     * its source; a changed one becomes the curator's, which no import replaces.
     */
    public void replaceTitleAndYear(long posterId, String title, Integer year) {
        TitleYearWrites.replace(this, posterId, title, year, CuratorEdit.unchecked(), now());
    }

    /** Puts title and year back with the sources they had (undo of an edit); an unknown source counts as curator. */
    public void restoreTitleAndYear(long posterId, String title, LabelSource titleSource, Integer year,
                                    LabelSource yearSource) {
        TitleYearWrites.restore(this, posterId, title, titleSource, year, yearSource, CuratorEdit.unchecked(), now());
    }

    /** Sets title and/or year as a curator; a null argument leaves that field as it is. One transaction. */
    public void setTitleAndYear(long posterId, String title, Integer year) {
        write("setting title and year", c -> {
            PosterVersions.bump(c, List.of(posterId), CuratorEdit.unchecked(), now());
            return TitleYearSql.set(c, posterId, title, year, LabelSource.CURATOR);
        });
    }

    /**
     * Applies many label lines (from a labels CSV) in one transaction; each line's genres, title and year go
     * together, with the line's source. Returns what was left as a curator had it instead of the lines' values.
     */
    public KeptCurator applyLabelUpdates(List<LabelUpdate> updates) {
        return LabelWrites.apply(this, updates, now());
    }

    /** Replaces the poster's MODEL labels with these confidences; curator/import labels are never touched. */
    public void setModelLabels(long posterId, Map<String, Double> confidences) {
        setModelLabels(posterId, confidences, Map.of());
    }

    /**
     * As {@link #setModelLabels(long, Map)}, keeping with each label the threshold the heads judged it by (thresholds
     * may lack a genre), so the review can accept a suggestion as it was made without predicting again.
     */
    public void setModelLabels(long posterId, Map<String, Double> confidences, Map<String, Double> thresholds) {
        LabelWrites.model(this, posterId, confidences, thresholds, now());
    }

    /** Confirmed genres (curator and import sources only) per poster id. */
    public Map<Long, Set<String>> confirmedGenres() {
        return read("reading confirmed genres", LabelSql::confirmedGenres);
    }

    /** Posters a curator confirmed (as opposed to imported labels only). */
    public Set<Long> curatorConfirmed() {
        return read("reading curator labels", LabelSql::curatorConfirmed);
    }

    public List<String> genreVocabulary() {
        return read("reading genres", LabelSql::vocabulary);
    }

    /** Adds a user genre (e.g. "Film Noir") to the vocabulary; a genre already there (any case) is left alone. */
    public void addGenre(String genre) {
        String name = genre == null ? "" : genre.strip();
        if (name.isEmpty() || name.contains("|") || name.contains(",")) {
            throw new IllegalArgumentException("not a usable genre name: '" + genre + "' (empty, or contains | or ,)");
        }
        write("adding genre " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO genres(name, origin) VALUES (?, 'user') ON CONFLICT DO NOTHING")) {
                s.setString(1, name);
                return s.executeUpdate();
            }
        });
    }

    public void putEmbedding(long posterId, String encoderId, float[] embedding) {
        EmbeddingSql.put(this, posterId, encoderId, embedding, now());
        embeddingsChanged(encoderId, List.of(posterId));
    }

    /** Posters with an embedding for this encoder, ascending (reads only the key index). */
    public long[] embeddedPosterIds(String encoderId) {
        return EmbeddingLookups.ids(this, encoderId);
    }

    /** The embeddings of the given posters that have one for this encoder. */
    public Map<Long, float[]> embeddings(String encoderId, Collection<Long> posterIds) {
        return EmbeddingLookups.some(this, encoderId, posterIds);
    }

    /** Calls the listener after each committed change to embeddings from this connection (see {@link EmbeddingListener}). */
    public void onEmbeddingsChanged(EmbeddingListener listener) {
        embeddingListeners.add(listener);
    }

    public void removeEmbeddingListener(EmbeddingListener listener) {
        embeddingListeners.remove(listener);
    }

    void embeddingsChanged(String encoderId, Collection<Long> posterIds) {
        embeddingListeners.changed(encoderId, posterIds);
    }

    public Optional<float[]> embedding(long posterId, String encoderId) {
        return EmbeddingSql.one(this, posterId, encoderId);
    }

    /** All embeddings for one encoder, by poster id. */
    public Map<Long, float[]> embeddings(String encoderId) {
        return EmbeddingSql.all(this, encoderId);
    }

    /** Posters with neither an embedding nor a recorded failure for this encoder: id to file path, in id order. */
    public Map<Long, String> postersWithoutEmbedding(String encoderId) {
        return EmbeddingSql.missing(this, encoderId);
    }

    /** Stores many embeddings (poster id -> vector) in one transaction: all or none, one fsync. */
    public void putEmbeddings(String encoderId, Map<Long, float[]> embeddings) {
        EmbeddingSql.putAll(this, encoderId, embeddings, now());
        embeddingsChanged(encoderId, embeddings.keySet());
    }

    /** Records that embedding this poster failed, with the reason (so a rerun reports rather than retries it silently). */
    public void markEmbeddingFailed(long posterId, String encoderId, String reason) {
        EmbeddingSql.markFailed(this, posterId, encoderId, reason, now());
    }

    /** Recorded embedding failures for this encoder: poster id to reason. */
    public Map<Long, String> embeddingFailures(String encoderId) {
        return EmbeddingSql.failures(this, encoderId);
    }

    /** Done, pending, failed and claimed posters of embed and tag for this encoder (see {@code affiche status}). */
    public List<app.affiche.catalogue.team.WorkCounts> workCounts(String encoderId) {
        return read("counting work", c -> app.affiche.catalogue.team.WorkCounts.of(c, encoderId, sharedByWorkers(c)));
    }

    /**
     * Registers this process as a worker for a task on a PostgreSQL catalogue, on a connection of its own (claims
     * and heartbeats never wait behind this catalogue's calls). Close it to let its claims go.
     */
    public app.affiche.catalogue.team.WorkClaims claimWork(app.affiche.catalogue.team.WorkTask task, String encoderId,
                                                          java.time.Duration lease) {
        return TeamWork.register(location, task, encoderId, lease);
    }

    /** Where a tagging run reports the posters it stored suggestions for, so other workbenches reload them. */
    public ModelNotices modelNotices() {
        return new ModelNotices(this);
    }

    /**
     * Calls {@code listener} (on a thread of its own) with the ids of posters whose labels (model suggestions too),
     * title, year or fields were written on this shared catalogue, within about a second of the commit; an empty
     * set: reload everything. A SQLite catalogue has one writer, this process: nothing to watch. Close the result to
     * stop.
     */
    public AutoCloseable watchPosterChanges(java.util.function.Consumer<Set<Long>> listener) {
        return location.postgresql() ? new PosterChangeFeed(location, listener) : () -> { };
    }

    /**
     * Forgets every embedding, embedding failure and work claim of this encoder, and the workers' records, in one
     * transaction, so {@code bench workers} can embed the same posters again. Never called on a user's catalogue:
     * the bench refuses one that held posters before it.
     */
    public void forgetEmbeddingsForBench(String encoderId) {
        write("clearing embeddings for the bench", c -> TeamWork.forget(c, encoderId));
    }

    /** The workers that have registered on a shared (PostgreSQL) catalogue; a SQLite one has only its one process. */
    public List<app.affiche.catalogue.team.WorkerStatus> workers() {
        return read("listing workers", c -> sharedByWorkers(c)
                ? app.affiche.catalogue.team.WorkerStatus.all(c) : List.of());
    }

    private static boolean sharedByWorkers(Connection c) {
        return Engine.of(c) == Engine.POSTGRESQL;
    }

    /** Stores trained heads for an encoder (opaque bytes owned by the heads package) with provenance JSON. */
    public void saveHeads(String encoderId, byte[] heads, String provenanceJson) {
        EmbeddingSql.saveHeads(this, encoderId, heads, provenanceJson, now());
    }

    public Optional<byte[]> loadHeads(String encoderId) {
        return EmbeddingSql.headsColumn(this, encoderId, "heads").map(o -> (byte[]) o);
    }

    /** Encoders that have trained heads stored, by id. */
    public List<String> encodersWithHeads() {
        return EmbeddingSql.headsEncoders(this);
    }

    public Optional<String> headsProvenance(String encoderId) {
        return EmbeddingSql.headsColumn(this, encoderId, "provenance").map(o -> (String) o);
    }

    /** The thresholds the curator set himself for this encoder's heads (none set: {@link CuratorThresholds#NONE}). */
    public CuratorThresholds curatorThresholds(String encoderId) {
        return CuratorThresholdSql.read(this, encoderId);
    }

    /** Replaces the curator's thresholds for this encoder, in one transaction. */
    public void setCuratorThresholds(String encoderId, CuratorThresholds thresholds) {
        CuratorThresholdSql.replace(this, encoderId, thresholds, now());
    }

    /** Opened with {@link #openReadOnly}: writes would fail. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Declares an extra field; a bad or taken name throws IllegalArgumentException. */
    public FieldDefinition addField(String name, FieldType type) {
        return FieldSql.add(this, name, type, now());
    }

    /** Removes a field with all its values and heads; false if there was none of that name. */
    public boolean removeField(String name) {
        return FieldSql.remove(this, name);
    }

    public List<FieldDefinition> fields() {
        return read("reading fields", FieldSql::list);
    }

    /** The field of this name (any case); IllegalArgumentException naming the fields there are when unknown. */
    public FieldDefinition field(String name) {
        return read("reading fields", c -> FieldSql.require(c, name));
    }

    /** The named ranges a number field's head trains on (null: a regression). */
    public void setFieldBins(String name, String bins) {
        FieldSql.setBins(this, name, bins);
    }

    /**
     * A curator's edit of fields, by name to the value as typed (blank clears his value). Every value is checked
     * before anything is written; one transaction.
     */
    public void setFieldValues(long posterId, Map<String, String> raw) {
        FieldWrites.curator(this, posterId, raw, CuratorEdit.unchecked(), now());
    }

    /** As {@link #setFieldValues(long, Map)} by {@code edit}'s curator, checked ({@link StaleEditException}); new version. */
    public Map<Long, Long> setFieldValues(long posterId, Map<String, String> raw, CuratorEdit edit) {
        return FieldWrites.curator(this, posterId, raw, edit, now());
    }

    /** Imported field values for many posters in one transaction; returns how many differ from a curator's that stays. */
    public int applyFieldUpdates(List<FieldUpdate> updates) {
        return FieldSql.imported(this, updates, now());
    }

    /** Every field value of one poster, each source, by field then source. */
    public List<FieldValue> fieldValues(long posterId) {
        return read("reading field values", c -> FieldSql.values(c, posterId));
    }

    /** Every field value of every poster. */
    public Map<Long, List<FieldValue>> allFieldValues() {
        return read("reading field values", FieldSql::all);
    }

    /** Per poster, the field's confirmed value (curator, else import): what a field head trains on. */
    public Map<Long, FieldValue> confirmedFieldValues(String field) {
        return read("reading field values", c -> FieldSql.confirmed(c, field));
    }

    /** Replaces the model's values of a field (one tagging run) in one transaction. */
    public void setModelFieldValues(String field, Map<Long, FieldValue> values) {
        FieldSql.replaceModel(this, field, values, now());
    }

    public void saveFieldHead(String field, String encoderId, byte[] head, String provenanceJson) {
        FieldHeadSql.save(this, field, encoderId, head, provenanceJson, now());
    }

    public Optional<byte[]> loadFieldHead(String field, String encoderId) {
        return FieldHeadSql.column(this, field, encoderId, "head").map(o -> (byte[]) o);
    }

    public Optional<String> fieldHeadProvenance(String field, String encoderId) {
        return FieldHeadSql.column(this, field, encoderId, "provenance").map(o -> (String) o);
    }

    /** Fields with a trained head for this encoder. */
    public List<String> fieldsWithHeads(String encoderId) {
        return FieldHeadSql.fields(this, encoderId);
    }

    /** Those of these names that are not in the genre vocabulary (case-insensitive), for callers validating early. */
    public Set<String> unknownGenres(Set<String> names) {
        Set<String> known = new HashSet<>();
        for (String v : genreVocabulary()) known.add(v.toLowerCase(Locale.ROOT));
        Set<String> unknown = new TreeSet<>();
        for (String n : names) if (!known.contains(n.strip().toLowerCase(Locale.ROOT))) unknown.add(n.strip());
        return unknown;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            link.close();
        } catch (SQLException e) {
            throw new CatalogueException("closing catalogue " + location + " failed: " + e.getMessage(), e);
        } finally {
            if (lock != null) lock.close(); // none when opened read-only
        }
    }
}
