package app.affiche.ui.preview;

import app.affiche.imaging.DecodeException;
import app.affiche.pipeline.OcclusionMap;
import app.affiche.pipeline.PreviewAnalysis;
import app.affiche.pipeline.PreviewProgress;
import app.affiche.pipeline.PreviewResult;
import app.affiche.similar.Rating;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State and logic of the designer preview, without controls (unit-tested without the toolkit). The analysis
 * (and its first-use set-up, which loads models) runs on {@code background}; every property change goes through
 * {@code fx} (Platform::runLater in the app). A newer draft or {@link #cancel()} makes an older run's results be
 * ignored; the run itself stops at its next check.
 */
public final class PreviewViewModel {
    private final Supplier<PreviewAnalysis> analysisSource;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private volatile PreviewAnalysis analysis;
    private AtomicBoolean current;
    private long lastProgressNanos;

    private final ReadOnlyObjectWrapper<PreviewResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Drop a draft poster here, or open one.");
    private final ReadOnlyStringWrapper heads = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heatmapCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper similarCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexing = new ReadOnlyStringWrapper("");
    private final BooleanProperty heatmapShown = new SimpleBooleanProperty(true);
    private final ObservableList<GenreBar> genres = FXCollections.observableArrayList();
    private final ObservableList<DecadeBar> decades = FXCollections.observableArrayList();
    private final ObservableList<Swatch> swatches = FXCollections.observableArrayList();
    private final ObservableList<SimilarItem> similar = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableList<String> heatmapGenres = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heatmapGenre = new ReadOnlyStringWrapper();
    private final ObservableList<String> heatmapGenresView = FXCollections.unmodifiableObservableList(heatmapGenres);
    // Read-only views made once: a fresh wrapper per call would drop listeners added to it when it is collected.
    private final ObservableList<GenreBar> genresView = FXCollections.unmodifiableObservableList(genres);
    private final ObservableList<DecadeBar> decadesView = FXCollections.unmodifiableObservableList(decades);
    private final ObservableList<Swatch> swatchesView = FXCollections.unmodifiableObservableList(swatches);
    private final ObservableList<SimilarItem> similarView = FXCollections.unmodifiableObservableList(similar);
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);

    public PreviewViewModel(Supplier<PreviewAnalysis> analysisSource, Executor background, Consumer<Runnable> fx) {
        this.analysisSource = analysisSource;
        this.background = background;
        this.fx = fx;
    }

    /** Starts the preview of a draft (call on the FX thread); a run still going is cancelled. */
    public void open(Path file) {
        if (current != null) current.set(true);
        AtomicBoolean token = new AtomicBoolean();
        current = token;
        running.set(true);
        progress.set(0);
        status.set("Reading " + file.getFileName() + "…");
        background.execute(() -> run(file, token));
    }

    /** Computes the heatmap of another genre for the draft shown (call on the FX thread); the rest stays. */
    public void explain(String genre) {
        PreviewResult shown = result.get();
        if (shown == null || analysis == null || genre == null || shown.heatmapIfAny().map(m -> m.genre().equals(genre)).orElse(false))
            return;
        if (current != null) current.set(true);
        AtomicBoolean token = new AtomicBoolean();
        current = token;
        running.set(true);
        progress.set(0);
        status.set("Heatmap for " + genre + "…");
        background.execute(() -> {
            try {
                OcclusionMap map = analysis.explain(shown.image(), genre, token::get, f -> progress(token, "Heatmap for " + genre, f));
                fx.accept(() -> {
                    if (current != token) return;
                    show(new PreviewResult(shown.file(), shown.image(), shown.palette(), shown.prediction(), shown.similar(),
                            map, shown.notes(), shown.fields()));
                    finish("Heatmap for " + genre + " ready.");
                });
            } catch (CancellationException e) {
                fx.accept(() -> { if (current == token) finish("Cancelled."); });
            } catch (Exception e) {
                fx.accept(() -> { if (current == token) finish("Heatmap for " + genre + " failed: " + e.getMessage()); });
            }
        });
    }

    public void cancel() {
        if (current == null) return;
        current.set(true);
        current = null;
        running.set(false);
        indexing.set("");
        status.set("Cancelled.");
    }

    /** Records the designer's verdict on one suggestion, once; the bandit's file is written in the background. */
    public void rate(SimilarItem item, Rating rating) {
        if (item.rating() != null || analysis == null || analysis.neighbours() == null) return;
        item.rated(rating);
        var metric = item.similar().metric();
        background.execute(() -> {
            try {
                analysis.neighbours().rate(metric, rating);
            } catch (RuntimeException e) {
                fx.accept(() -> status.set("Could not save the rating: " + e.getMessage()));
            }
        });
    }

    public void copied(Swatch swatch) {
        status.set("Copied " + swatch.hex() + " to the clipboard.");
    }

    private void run(Path file, AtomicBoolean token) {
        try {
            if (analysis == null) analysis = analysisSource.get();
            PreviewResult r = analysis.analyse(file, token::get, new PreviewProgress() {
                @Override
                public void update(String stage, double fraction) {
                    progress(token, stage, fraction);
                }

                @Override
                public void indexing(int done, int total) { // already throttled by the build
                    String text = PreviewFigures.indexingCaption(done, total);
                    fx.accept(() -> { if (current == token) indexing.set(text); });
                }

                @Override
                public void partial(PreviewResult withoutHeatmap) {
                    fx.accept(() -> { if (current == token) show(withoutHeatmap); });
                }
            });
            fx.accept(() -> {
                if (current != token) return;
                show(r);
                finish(r.file().getFileName() + ": preview ready.");
            });
        } catch (CancellationException e) {
            fx.accept(() -> { if (current == token) finish("Cancelled."); });
        } catch (DecodeException e) {
            fx.accept(() -> { if (current == token) fail(file + ": " + e.getMessage()); });
        } catch (RuntimeException e) {
            fx.accept(() -> { if (current == token) fail("Preview failed for " + file.getFileName() + ": " + e.getMessage()); });
        }
    }

    private void progress(AtomicBoolean token, String stage, double fraction) {
        long now = System.nanoTime();
        if (fraction < 1 && now - lastProgressNanos < 50_000_000L) return; // at most ~20 updates a second
        lastProgressNanos = now;
        fx.accept(() -> {
            if (current != token) return;
            status.set(stage + "…");
            progress.set(fraction);
        });
    }

    /** Shows a result; the heatmap's final result keeps the suggestions (and their ratings) of its partial one. */
    private void show(PreviewResult r) {
        indexing.set("");
        PreviewResult before = result.get();
        boolean sameSuggestions = before != null && before.file().equals(r.file()) && before.similar().equals(r.similar());
        result.set(r);
        genres.setAll(PreviewFigures.genreBars(r.prediction()));
        decades.setAll(PreviewFigures.decadeBars(r.prediction()));
        heads.set(r.prediction() == null || r.prediction().heads().isEmpty() ? ""
                : "Heads that spoke: " + String.join(", ", r.prediction().heads()));
        swatches.setAll(PreviewFigures.swatches(r.palette()));
        if (!sameSuggestions) similar.setAll(r.similar().stream().map(SimilarItem::new).toList());
        similarCaption.set(r.similar().isEmpty() ? "" : r.similar().size() + " most similar catalogue posters ("
                + r.similar().getFirst().metric().label() + "). Rate them to teach the preview which comparison helps.");
        heatmapCaption.set(r.heatmapIfAny().map(PreviewViewModel::caption).orElse(""));
        heatmapGenres.setAll(heatmapTargets(r));
        heatmapGenre.set(r.heatmapIfAny().map(OcclusionMap::genre).orElse(null));
        notes.setAll(r.notes());
        fields.setAll(r.fields().stream().map(f -> f.field() + ": " + f.describe()).toList());
    }

    /** What a heatmap can explain: the genres, then the decades ("1950s"), each likeliest first. */
    private static List<String> heatmapTargets(PreviewResult r) {
        if (r.prediction() == null || r.heatmapIfAny().isEmpty()) return List.of();
        var byValue = java.util.Map.Entry.<String, Double>comparingByValue().reversed();
        List<String> out = new java.util.ArrayList<>(r.prediction().genreProbabilities().entrySet().stream()
                .sorted(byValue).map(java.util.Map.Entry::getKey).toList());
        r.prediction().decadeProbabilities().entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey().label(), e.getValue())).sorted(byValue)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    private static String caption(OcclusionMap m) {
        return String.format(Locale.ROOT, "Heatmap: which regions make it read as %s (%d×%d occlusion, %d ms)",
                m.genre(), m.rows(), m.cols(), m.millis());
    }

    private void fail(String message) {
        result.set(null);
        for (var list : java.util.List.of(genres, decades, swatches, similar, notes, heatmapGenres, fields)) list.clear();
        heatmapGenre.set(null);
        heads.set("");
        heatmapCaption.set("");
        similarCaption.set("");
        finish(message);
    }

    private void finish(String message) {
        indexing.set("");
        current = null;
        running.set(false);
        progress.set(0);
        status.set(message);
    }

    public ReadOnlyObjectProperty<PreviewResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headsProperty() { return heads.getReadOnlyProperty(); }
    public ReadOnlyStringProperty heatmapCaptionProperty() { return heatmapCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty similarCaptionProperty() { return similarCaption.getReadOnlyProperty(); }
    /** "Indexing similar posters… 42 %" while the index's first build runs, else empty. */
    public ReadOnlyStringProperty indexingProperty() { return indexing.getReadOnlyProperty(); }
    public BooleanProperty heatmapShownProperty() { return heatmapShown; }
    public ObservableList<GenreBar> genres() { return genresView; }
    public ObservableList<DecadeBar> decades() { return decadesView; }
    public ObservableList<Swatch> swatches() { return swatchesView; }
    public ObservableList<SimilarItem> similar() { return similarView; }
    public ObservableList<String> notes() { return notesView; }
    /** The extra fields' heads' readings of the draft, e.g. "rating: good 64 %". */
    public ObservableList<String> fields() { return FXCollections.unmodifiableObservableList(fields); }
    /** The genres a heatmap can explain, likeliest first (empty without a heatmap). */
    public ObservableList<String> heatmapGenres() { return heatmapGenresView; }
    /** The genre the heatmap shown explains (null without one). */
    public ReadOnlyStringProperty heatmapGenreProperty() { return heatmapGenre.getReadOnlyProperty(); }
}
