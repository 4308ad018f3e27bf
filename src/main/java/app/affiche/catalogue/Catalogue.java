package app.affiche.catalogue;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The local SQLite catalogue: posters, labels with their source, palettes, thumbnails, embeddings, heads.
 * Each mutating method is one transaction (one user action). Thread-safe.
 */
public final class Catalogue implements AutoCloseable {

    /** Opens (creating or migrating) the catalogue; throws {@link CatalogueLockedException} if another process has it. */
    public static Catalogue open(Path file) {
        throw new UnsupportedOperationException("TODO catalogue");
    }

    public Path file() { throw new UnsupportedOperationException("TODO catalogue"); }

    public int schemaVersion() { throw new UnsupportedOperationException("TODO catalogue"); }

    public OptionalLong posterIdBySha(String sha256) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Stores a new poster; if its SHA-256 is already there, returns the existing id and changes nothing. */
    public long addPoster(NewPoster poster) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<Poster> poster(long id) { throw new UnsupportedOperationException("TODO catalogue"); }

    public List<Poster> posters(PosterFilter filter) { throw new UnsupportedOperationException("TODO catalogue"); }

    public int count(PosterFilter filter) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<byte[]> thumbnail(long posterId) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<Palette> palette(long posterId) { throw new UnsupportedOperationException("TODO catalogue"); }

    public List<GenreLabel> labels(long posterId) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Replaces the poster's confirmed genres (source CURATOR or IMPORT) and optionally title/year, in one transaction. */
    public void setConfirmedLabels(long posterId, Set<String> genres, LabelSource source) {
        throw new UnsupportedOperationException("TODO catalogue");
    }

    public void setTitleAndYear(long posterId, String title, Integer year) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Replaces the poster's MODEL labels with these confidences; curator/import labels are never touched. */
    public void setModelLabels(long posterId, Map<String, Double> confidences) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Confirmed genres (curator and import sources only) per poster id. */
    public Map<Long, Set<String>> confirmedGenres() { throw new UnsupportedOperationException("TODO catalogue"); }

    public List<String> genreVocabulary() { throw new UnsupportedOperationException("TODO catalogue"); }

    public void addGenre(String genre) { throw new UnsupportedOperationException("TODO catalogue"); }

    public void putEmbedding(long posterId, String encoderId, float[] embedding) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<float[]> embedding(long posterId, String encoderId) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** All embeddings for one encoder, by poster id. */
    public Map<Long, float[]> embeddings(String encoderId) { throw new UnsupportedOperationException("TODO catalogue"); }

    public List<Long> posterIdsWithoutEmbedding(String encoderId) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Records that embedding this poster failed, with the reason (so a rerun reports rather than retries it silently). */
    public void markEmbeddingFailed(long posterId, String encoderId, String reason) { throw new UnsupportedOperationException("TODO catalogue"); }

    /** Stores trained heads for an encoder (opaque bytes owned by the heads package) with provenance JSON. */
    public void saveHeads(String encoderId, byte[] heads, String provenanceJson) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<byte[]> loadHeads(String encoderId) { throw new UnsupportedOperationException("TODO catalogue"); }

    public Optional<String> headsProvenance(String encoderId) { throw new UnsupportedOperationException("TODO catalogue"); }

    @Override
    public void close() { throw new UnsupportedOperationException("TODO catalogue"); }
}
