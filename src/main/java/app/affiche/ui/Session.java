package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CatalogueLockedException;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.AffichePaths;
import app.affiche.poster.StartupTrace;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.CatalogueEmbedding;
import app.affiche.pipeline.PreviewAnalysis;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.pipeline.PreviewPredictor;
import app.affiche.similar.MetricFeedbackStore;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.CatchingExecutors;
import app.affiche.ui.training.RetrainController;
import app.affiche.ui.training.RetrainWindow;
import app.affiche.ui.preview.PreviewPane;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import app.affiche.pipeline.LegacyThresholdsFile;
import app.affiche.poster.CuratorThresholds;
import app.affiche.ui.review.Thresholds;
import app.affiche.ui.workbench.BatchRunner;
import app.affiche.ui.workbench.CatalogueCounts;
import app.affiche.ui.workbench.ModelTagger;
import app.affiche.ui.workbench.PendingQueue;
import app.affiche.ui.workbench.PipelineImport;
import app.affiche.ui.workbench.WorkbenchController;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One open catalogue and what hangs off it: the batch runner with its pending queue, and the models. Opened in
 * the background after the window shows; a catalogue held by another Affiche gets a clear dialog instead.
 */
public final class Session {
    /** Posters with at least one confirmed genre: heads can be trained. */
    private static final PosterFilter CONFIRMED = new PosterFilter(null, null, false, null, Integer.MAX_VALUE, 0);
    private final AffichePaths paths;
    private final WorkbenchController controller;
    private final Stage stage;
    private final Runnable exit;
    private volatile CatalogueGateway gateway;
    private volatile BatchRunner runner;
    private volatile ModelTagger tagger;
    private ModelsLoader models;
    private volatile PreviewNeighbours previewNeighbours;
    private RetrainController retrain;
    private final ExecutorService training = CatchingExecutors.fifo("training", 1, ErrorReporter::report);
    /** Encoder start, heads loading, the catch-up query: apart from the grid's and the detail's executors, so a
     * starting encoder (seconds) never queues the reviewer's key presses behind it. */
    private final ExecutorService modelWork = CatchingExecutors.fifo("models", 1, ErrorReporter::report);
    private final ExecutorService settings = CatchingExecutors.fifo("settings", 1, ErrorReporter::report);
    /** The latest threshold change not yet written, with the encoder whose heads it belongs to. */
    private final AtomicReference<TunedFor> unsaved = new AtomicReference<>();

    private record TunedFor(String encoderId, CuratorThresholds thresholds) {
    }

    Session(AffichePaths paths, WorkbenchController controller, Stage stage, Runnable exit) {
        this.exit = exit;
        this.paths = paths;
        this.controller = controller;
        this.stage = stage;
    }

    /**
     * Saves each change of the curator's thresholds to the catalogue, for the running encoder's heads, in the
     * background: the latest one only when he drags faster than the disk. The heads' loader puts the stored ones in.
     */
    private void keepTunedThresholds(String defaultEncoder, CuratorThresholds earlier) {
        Thresholds thresholds = controller.thresholds();
        thresholds.restore(earlier); // the default encoder's, before it starts (the heads' loader puts its own in)
        CuratorThresholds[] last = {thresholds.tunedValues()};
        thresholds.revision().addListener((o, a, b) -> {
            CuratorThresholds now = thresholds.tunedValues();
            models.curatorChanged(now);
            Encoder encoder = tagger.encoder();
            String id = encoder != null ? encoder.id() : defaultEncoder;
            if (now.equals(last[0]) || id == null) return;
            last[0] = now;
            if (unsaved.getAndSet(new TunedFor(id, now)) == null) settings.execute(() -> {
                TunedFor t = unsaved.getAndSet(null);
                gateway.catalogue().setCuratorThresholds(t.encoderId(), t.thresholds());
            });
        });
    }

    /** The manifest's default encoder, or null when there is no readable manifest. Background thread. */
    private static String defaultEncoder(AffichePaths paths) {
        try {
            return app.affiche.embedding.ModelStore.open(paths.models()).manifest().defaultId();
        } catch (app.affiche.embedding.EncoderException | RuntimeException e) {
            return null;
        }
    }

    /** A thresholds.json from before the catalogue kept them: moved in once, for every encoder it may concern. */
    private static void migrateThresholdsFile(Catalogue catalogue, AffichePaths paths, String defaultEncoder) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(catalogue.encodersWithHeads());
        if (defaultEncoder != null) ids.add(defaultEncoder);
        LegacyThresholdsFile.migrate(catalogue, paths.home(), ids);
    }

    void open(CompletableFuture<Session> ready) {
        Tasks.of(() -> {
            StartupTrace.mark("session: opening the catalogue");
            Catalogue catalogue = Catalogue.open(paths.location());
            StartupTrace.mark("session: catalogue open");
            // the catalogue's state first, before anything slower: it must not look empty and untrained meanwhile
            CatalogueCounts counts = CatalogueCounts.read(catalogue);
            StartupTrace.mark("session: counts read");
            List<String> heads = catalogue.encodersWithHeads();
            String defaultEncoder = defaultEncoder(paths);
            StartupTrace.mark("session: heads listed, default encoder read");
            migrateThresholdsFile(catalogue, paths, defaultEncoder);
            StartupTrace.mark("session: thresholds file migrated");
            Platform.runLater(() -> {
                controller.status().counts(counts);
                controller.status().headsStored(heads);
            });
            CatalogueGateway g = new CatalogueGateway(catalogue);
            PendingQueue pending = new PendingQueue(paths.home());
            // the import decodes each new poster's encoder input with its own copy; the tagger takes it from there
            var forEncoder = new app.affiche.pipeline.EncoderImages(ModelTagger.DECODE_SIDE, 32);
            ModelTagger t = new ModelTagger(g, forEncoder);
            forEncoder.wantedWhile(t::available); // no encoder yet: the import decodes its own copy alone
            int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            StartupTrace.mark("session: building the batch runner");
            BatchRunner r = new BatchRunner(new PipelineImport(catalogue, workers, forEncoder), t, pending,
                    controller.batchListener());
            StartupTrace.mark("session: batch runner built");
            return new Opened(g, r, t, pending.load(), defaultEncoder,
                    defaultEncoder == null ? CuratorThresholds.NONE : catalogue.curatorThresholds(defaultEncoder));
        }).onSuccess(o -> {
            StartupTrace.mark("session: opened, attaching on the FX thread");
            gateway = o.gateway();
            runner = o.runner();
            tagger = o.tagger();
            models = new ModelsLoader(paths, gateway, tagger, controller.status(), controller.thresholds(), modelWork);
            keepTunedThresholds(o.defaultEncoder(), o.tuned());
            controller.detail().predictor(tagger::peek);
            controller.encoderId(() -> tagger.encoder() == null ? null : tagger.encoder().id());
            models.onHeads(controller::headsChanged);
            controller.view().onInstallEncoder(() -> models.chooseAndInstall(stage));
            controller.view().onChooseEncoder(() -> models.chooseEncoder(stage));
            retrain = new RetrainController(new RetrainWindow(stage), training, () -> gateway, tagger::encoder, () -> {
                models.loadHeads();
                controller.refresh();
            });
            controller.onRetrain(() -> retrain.retrain(summary -> { }));
            controller.afterFirstLoad(models::load); // the first screen of thumbnails first
            StartupTrace.mark("session: attaching the grid");
            controller.attach(o.gateway(), o.runner(), o.resume());
            StartupTrace.mark("session: grid attached");
            // After an encoder change, posters catalogued earlier lack its embedding: embed and tag them as a batch,
            // then train its heads if it has none yet and the curator has confirmed labels.
            models.onEncoder(e -> Tasks.of(() -> o.runner().enqueueCatalogued(
                    CatalogueEmbedding.pending(o.gateway().catalogue(), e.id()), () -> trainIfUntrained(e)))
                    .runOn(modelWork));
            controller.view().mountPreview(new PreviewPane(this::previewAnalysis, controller.work()));
            StartupTrace.mark("session: preview mounted");
            StartupTrace.mark("session: attached");
            ready.complete(this);
        }).onError(e -> {
            ready.completeExceptionally(e);
            if (e instanceof CatalogueLockedException) locked(e.getMessage());
            else ErrorReporter.report(e);
        }).runOn(controller.work());
    }

    /** Background thread: opens Retrain for an encoder still in use that has no heads but has confirmed labels. */
    private void trainIfUntrained(Encoder e) {
        Catalogue catalogue = gateway.catalogue();
        if (tagger.encoder() != e || catalogue.encodersWithHeads().contains(e.id())
                || catalogue.count(CONFIRMED) == 0) return;
        Platform.runLater(() -> retrain.retrain(summary -> { }));
    }

    /** What the designer preview runs on: whatever encoder and heads are loaded when the first draft opens. */
    private PreviewAnalysis previewAnalysis() {
        Encoder encoder = tagger.encoder();
        PreviewPredictor predictor = tagger.previewPredictor();
        PreviewNeighbours neighbours = encoder == null ? null : new PreviewNeighbours(gateway.catalogue(), encoder.id(),
                MetricFeedbackStore.inHome(paths.home()), problem -> { });
        previewNeighbours = neighbours; // its similar-poster index is closed with the window
        PreviewAnalysis analysis = new PreviewAnalysis(new PosterDecoder(), new PaletteExtractor(), encoder, predictor, neighbours);
        if (encoder == null) return analysis;
        return analysis.withFieldHeads(e -> app.affiche.pipeline.FieldHeads.read(
                app.affiche.pipeline.FieldHeads.load(gateway.catalogue(), encoder.id(), e.length), e));
    }

    private void locked(String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "Another Affiche window already has this catalogue open:\n" + paths.catalogue()
                        + "\n\nClose the other window first, or start this one on another catalogue with --catalogue PATH."
                        + (detail == null ? "" : "\n\n(" + detail + ")"));
        alert.setHeaderText("Catalogue in use");
        alert.initOwner(stage);
        alert.showAndWait();
        exit.run();
    }

    void close() {
        ErrorReporter.closing();
        training.shutdownNow();
        if (models != null) models.close();
        modelWork.shutdownNow();
        settings.shutdown(); // the last threshold change still reaches the disk
        try {
            settings.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        controller.shutdown(runner);
        // Stops a first build of the similar-poster index under way (it keeps what it has) and waits for it.
        if (previewNeighbours != null) previewNeighbours.close();
        // Closed here, not left to the JVM's exit: ONNX Runtime frees its native environment in a shutdown hook of
        // its own, and a batch still inside the session then would crash the JVM. close() waits for a batch in
        // flight (one at most: the runner has stopped), and any later call is refused plainly.
        Encoder encoder = tagger == null ? null : tagger.encoder();
        if (encoder != null) encoder.close();
        if (gateway != null) gateway.close();
    }

    public CatalogueGateway gateway() {
        return gateway;
    }

    public BatchRunner runner() {
        return runner;
    }

    public RetrainController retrain() {
        return retrain;
    }

    public ModelTagger tagger() {
        return tagger;
    }

    /** Installs the encoder from a folder and loads it (what the banner's Install… does after its chooser). */
    public void installEncoder(Path dir) {
        models.install(dir);
    }

    /** Makes an installed encoder the app's default and starts it (what the Encoder… dialog does after its choice). */
    public void useEncoder(String id) {
        models.use(id);
    }

    public AffichePaths paths() {
        return paths;
    }

    private record Opened(CatalogueGateway gateway, BatchRunner runner, ModelTagger tagger, List<Path> resume,
                          String defaultEncoder, CuratorThresholds tuned) {
    }
}
