package app.affiche.ui.common;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.RemovedPosters;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.Poster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The UI's only door to the catalogue. Every call first checks it is off the JavaFX thread ({@link FxGuard}), so a
 * query that would freeze the window fails loudly in tests instead of stalling a curator's scrolling.
 */
public final class CatalogueGateway implements LabelStore {
    private final Catalogue catalogue;
    private final EditVersions versions;
    /** The fields panel's own seen versions: its reloads on others' changes must not count as the review's reads. */
    private final EditVersions fieldVersions;
    private final app.affiche.catalogue.ModelNotices modelNotices;

    public CatalogueGateway(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.versions = new EditVersions(catalogue.location().postgresql());
        this.fieldVersions = new EditVersions(catalogue.location().postgresql());
        this.modelNotices = catalogue.modelNotices();
    }

    /** Posters others changed on a shared catalogue, told on a background thread (see Catalogue.watchPosterChanges). */
    public AutoCloseable watchPosterChanges(java.util.function.Consumer<Set<Long>> listener) {
        return catalogue.watchPosterChanges(listener);
    }

    /** The catalogue itself, for pipeline, heads and export code that run in the background. */
    public Catalogue catalogue() {
        FxGuard.requireBackground("catalogue access");
        return catalogue;
    }

    public int count(PosterFilter filter) {
        FxGuard.requireBackground("Catalogue.count");
        return catalogue.count(filter);
    }

    public List<Poster> posters(PosterFilter filter) {
        FxGuard.requireBackground("Catalogue.posters");
        return catalogue.posters(filter);
    }

    public Optional<Poster> poster(long id) {
        FxGuard.requireBackground("Catalogue.poster");
        return catalogue.poster(id);
    }

    public Optional<byte[]> thumbnail(long id) {
        FxGuard.requireBackground("Catalogue.thumbnail");
        return catalogue.thumbnail(id);
    }

    public Optional<Palette> palette(long id) {
        FxGuard.requireBackground("Catalogue.palette");
        return catalogue.palette(id);
    }

    public app.affiche.catalogue.PaletteStats paletteStats(app.affiche.catalogue.PaletteStats.Grouping by, PosterFilter filter) {
        FxGuard.requireBackground("Catalogue.paletteStats");
        return catalogue.paletteStats(by, filter);
    }

    @Override
    public List<GenreLabel> labels(long id) {
        FxGuard.requireBackground("Catalogue.labels");
        return catalogue.labels(id);
    }

    /**
     * A poster's labels as the review shows them to the curator, remembering the version they were read at: his next
     * write on it says he saw that version (read first, so a change between the two reads makes the write refused
     * rather than lost). Tiles and other views read with {@link #labels}, which does not count as seen.
     */
    public List<GenreLabel> reviewLabels(long id) {
        FxGuard.requireBackground("Catalogue.labels");
        catalogue.posterVersion(id).ifPresent(v -> versions.saw(id, v));
        return catalogue.labels(id);
    }

    @Override
    public void setConfirmedLabels(long id, Set<String> genres, LabelSource source) {
        FxGuard.requireBackground("Catalogue.setConfirmedLabels");
        catalogue.setConfirmedLabels(id, genres, source);
    }

    /** Refused with {@link app.affiche.catalogue.StaleEditException} when another curator changed it since it was read. */
    @Override
    public void setTitleAndYear(long id, String title, Integer year) {
        FxGuard.requireBackground("Catalogue.setTitleAndYear");
        versions.wrote(catalogue.replaceTitleAndYear(id, title, year, versions.edit(Set.of(id)))); // exact: clearing sticks
    }

    /** Undo: refused when the poster is no longer as this window's own last write left it. */
    @Override
    public void restoreTitleAndYear(long id, String title, LabelSource titleSource, Integer year,
                                    LabelSource yearSource) {
        FxGuard.requireBackground("Catalogue.restoreTitleAndYear");
        versions.wrote(catalogue.restoreTitleAndYear(id, title, titleSource, year, yearSource,
                versions.undo(Set.of(id))));
    }

    @Override
    public void setCuratorGenres(Map<Long, Set<String>> genresByPoster) {
        FxGuard.requireBackground("Catalogue.setCuratorGenres");
        versions.wrote(catalogue.setCuratorGenres(genresByPoster, versions.edit(genresByPoster.keySet())));
    }

    @Override
    public void restoreGenres(Map<Long, Set<String>> genresByPoster, Map<Long, LabelSource> sources) {
        FxGuard.requireBackground("Catalogue.restoreConfirmed");
        versions.wrote(catalogue.restoreConfirmed(genresByPoster, sources, versions.undo(genresByPoster.keySet())));
    }

    @Override
    public RemovedPosters removePosters(Set<Long> posterIds) {
        FxGuard.requireBackground("Catalogue.removePosters");
        return catalogue.removePosters(posterIds);
    }

    @Override
    public List<Long> restorePosters(RemovedPosters removed) {
        FxGuard.requireBackground("Catalogue.restorePosters");
        return catalogue.restorePosters(removed);
    }

    public void setModelLabels(long id, Map<String, Double> confidences, Map<String, Double> thresholds) {
        FxGuard.requireBackground("Catalogue.setModelLabels");
        catalogue.setModelLabels(id, confidences, thresholds);
        modelNotices.stored(id); // others' windows hear of the window tagger's suggestions in chunks
    }

    public List<String> genreVocabulary() {
        FxGuard.requireBackground("Catalogue.genreVocabulary");
        return catalogue.genreVocabulary();
    }

    public Optional<String> headsProvenance(String encoderId) {
        FxGuard.requireBackground("Catalogue.headsProvenance");
        return catalogue.headsProvenance(encoderId);
    }

    public List<app.affiche.poster.FieldDefinition> fields() {
        FxGuard.requireBackground("Catalogue.fields");
        return catalogue.fields();
    }

    public List<app.affiche.poster.FieldValue> fieldValues(long id) {
        FxGuard.requireBackground("Catalogue.fieldValues");
        return catalogue.fieldValues(id);
    }

    /** The field values as the fields panel shows them: its next edit says it saw this version (read first). */
    public List<app.affiche.poster.FieldValue> shownFieldValues(long id) {
        FxGuard.requireBackground("Catalogue.fieldValues");
        catalogue.posterVersion(id).ifPresent(v -> fieldVersions.saw(id, v));
        return fieldValues(id);
    }

    /**
     * A curator's field edit; a bad value throws IllegalArgumentException with the reason, and nothing is written.
     * Refused with {@link app.affiche.catalogue.StaleEditException} when another changed the poster since the panel
     * read it.
     */
    public void setFieldValues(long id, Map<String, String> values) {
        FxGuard.requireBackground("Catalogue.setFieldValues");
        app.affiche.catalogue.CuratorEdit edit = fieldVersions.edit(Set.of(id));
        Map<Long, Long> after = catalogue.setFieldValues(id, values, edit);
        fieldVersions.wrote(after);
        versions.followedOwn(edit.seenVersions(), after); // his own field edit leaves his review ticks valid
    }

    public void close() {
        modelNotices.close();
        catalogue.close();
    }
}
