package app.affiche.ui.detail;

import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;
import app.affiche.ui.common.Tasks;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;

/**
 * Loads the chosen poster into the detail pane in the background: catalogue data and thumbnail first, then the
 * original file at a readable size. Late answers for a poster no longer shown are dropped.
 */
public final class DetailController {
    private final PosterDetailViewModel vm;
    private final PosterDetailView view;
    private final Executor background;
    private CatalogueGateway gateway;
    private volatile LongFunction<Prediction> predictor = id -> null;
    private java.util.function.BiConsumer<Long, Prediction> onPrediction = (id, p) -> { };
    private long showing = -1;
    private final FieldsController fields;

    public DetailController(PosterDetailViewModel vm, PosterDetailView view, Executor background) {
        this.vm = vm;
        this.view = view;
        this.background = background;
        this.fields = new FieldsController(background);
        view.addSection(fields.section());
    }

    public void attach(CatalogueGateway gateway) {
        this.gateway = gateway;
        fields.attach(gateway);
    }

    /** The shown poster's extra fields (tests read it). */
    public FieldsViewModel fields() {
        return fields.viewModel();
    }

    /** How to predict a stored poster (from its embedding) once heads exist; returns null when it cannot. */
    public void predictor(LongFunction<Prediction> predictor) {
        this.predictor = predictor;
    }

    /** Told when a shown poster's live prediction is known (the review uses its probabilities). */
    public void onPrediction(java.util.function.BiConsumer<Long, Prediction> handler) {
        onPrediction = handler;
    }

    public void show(long id) {
        showing = id;
        fields.show(id);
        if (gateway == null) return;
        Tasks.of(() -> load(id)).onSuccess(d -> {
            if (d == null || showing != id) return;
            if (d.prediction() != null) onPrediction.accept(id, d.prediction());
            vm.show(d);
            view.setImage(d.thumbnail() == null ? null : new Image(new ByteArrayInputStream(d.thumbnail())));
            loadOriginal(d.poster());
        }).runOn(background);
    }

    public void showSelection(int count) {
        showing = -1;
        fields.show(-1);
        vm.showSelection(count);
        view.setImage(null);
    }

    /** Reloads what is shown (after an edit). */
    public void refresh() {
        if (showing >= 0) show(showing);
    }

    private PosterDetails load(long id) {
        FxGuard.requireBackground("poster details");
        Poster p = gateway.poster(id).orElse(null);
        if (p == null) return null;
        Prediction prediction = null;
        try {
            prediction = predictor.apply(id);
        } catch (RuntimeException e) {
            // the detail still shows; the heads line says nothing spoke
        }
        return new PosterDetails(p, gateway.labels(id), gateway.palette(id).orElse(null),
                gateway.thumbnail(id).orElse(null), prediction);
    }

    private void loadOriginal(Poster p) {
        long id = p.id();
        if (p.path() == null) return;
        Tasks.of(() -> {
            Path file = Path.of(p.path());
            if (!Files.isRegularFile(file)) return null;
            return SwingFXUtils.toFXImage(new PosterDecoder().read(file, 800), null);
        }).onSuccess(img -> {
            if (img != null && showing == id) view.setImage(img);
        }).onError(e -> { /* the thumbnail stays: the original moved or cannot be read */ }).runOn(background);
    }

    public long showing() {
        return showing;
    }

}
