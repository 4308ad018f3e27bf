package app.affiche.ui;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.embedding.ModelStore;
import app.affiche.embedding.NoEncoderException;
import app.affiche.poster.AffichePaths;
import app.affiche.poster.CuratorThresholds;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;
import app.affiche.ui.review.Thresholds;
import app.affiche.ui.training.LoadedHeads;
import app.affiche.ui.common.Tasks;
import app.affiche.ui.workbench.ModelTagger;
import app.affiche.ui.workbench.StatusViewModel;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Loads the encoder in the background after the window shows (the status bar says which and on what device),
 * or shows the no-encoder banner; Install… copies a chosen folder's model files in and loads again.
 */
final class ModelsLoader {
    private final AffichePaths paths;
    private final CatalogueGateway gateway;
    private final Thresholds thresholds;
    private final ModelTagger tagger;
    private final StatusViewModel status;
    private final Executor background;
    private java.util.function.Consumer<Encoder> onEncoder = e -> { };
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "affiche-encoder-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile ScheduledFuture<?> watching;
    private volatile boolean closed;
    private Runnable onHeads = () -> { };
    /** The curator's thresholds as the window has them now: the window's own tagging judges by them. */
    private final java.util.concurrent.atomic.AtomicReference<CuratorThresholds> curator =
            new java.util.concurrent.atomic.AtomicReference<>(CuratorThresholds.NONE);

    ModelsLoader(AffichePaths paths, CatalogueGateway gateway, ModelTagger tagger, StatusViewModel status,
                 Thresholds thresholds, Executor background) {
        this.paths = paths;
        this.gateway = gateway;
        this.thresholds = thresholds;
        this.tagger = tagger;
        this.status = status;
        this.background = background;
    }

    /** Called (on the FX thread) each time an encoder has started: the session catches up its embeddings. */
    void onEncoder(java.util.function.Consumer<Encoder> handler) {
        onEncoder = handler;
    }

    /** Called (on the FX thread) each time heads were loaded or found missing: what is on screen follows them. */
    void onHeads(Runnable handler) {
        onHeads = handler;
    }

    void load() {
        Tasks.of(this::open).onSuccess(this::started)
                .onError(e -> {
                    status.noEncoder(e instanceof NoEncoderException ? null
                            : "Encoder could not start: " + e.getMessage() + " — reinstall with: affiche models install <dir>");
                    if (e instanceof NoEncoderException) watchForInstall();
                    status.noHeads("not in use — no encoder is running");
                })
                .runOn(background);
    }

    /**
     * While no encoder is installed, looks every two seconds whether one has been (the banner tells the dealer to run
     * {@code affiche models install} in a terminal): the window then starts it without a restart.
     */
    private synchronized void watchForInstall() {
        if (closed || watching != null) return;
        watching = watch.scheduleWithFixedDelay(() -> {
            if (!anyInstalled()) return;
            stopWatching();
            javafx.application.Platform.runLater(() -> {
                if (!closed && tagger.encoder() == null) load();
            });
        }, 2, 2, TimeUnit.SECONDS);
    }

    private boolean anyInstalled() {
        try {
            ModelStore store = store();
            return store.manifest().all().stream().anyMatch(store::isInstalled);
        } catch (EncoderException | RuntimeException e) {
            return false; // a manifest being written right now: look again next time
        }
    }

    private synchronized void stopWatching() {
        if (watching != null) watching.cancel(false);
        watching = null;
    }

    /** The window is closing: no more looking for an installed encoder. */
    void close() {
        closed = true;
        stopWatching();
        watch.shutdownNow();
    }

    /** Install encoder…: a typed path (folder or .onnx file) or one chosen with Browse…. */
    void chooseAndInstall(Window owner) {
        EncoderInstallDialog.ask(owner).ifPresent(this::install);
    }

    /** Lists the installed encoders (background), asks which to use, then makes it the default and starts it. */
    void chooseEncoder(Window owner) {
        record Choices(java.util.List<EncoderSpec> installed, String current) {
        }
        Tasks.of(() -> {
            ModelStore store = store();
            Encoder running = tagger.encoder();
            return new Choices(store.manifest().all().stream().filter(store::isInstalled).toList(),
                    running != null ? running.id() : store.manifest().defaultId());
        }).onSuccess(c -> {
            if (c.installed().isEmpty()) {
                status.noEncoder(null);
                return;
            }
            EncoderChoiceDialog.ask(owner, c.installed(), c.current()).ifPresent(id -> {
                if (!id.equals(c.current())) use(id);
            });
        }).onError(e -> status.noEncoder("Encoders could not be listed: " + e.getMessage())).runOn(background);
    }

    /** Makes an installed encoder the default (per-user manifest) and starts it; the session embeds what lacks it. */
    void use(String id) {
        status.encoder().set("Encoder: starting " + id + "…");
        Tasks.of(() -> {
            FxGuard.requireBackground("encoder change");
            Manifest.saveDefault(paths.models(), id);
            return open();
        }).onSuccess(this::started)
                .onError(e -> status.noEncoder("Encoder " + id + " could not start: " + e.getMessage()))
                .runOn(background);
    }

    void install(Path dir) {
        status.encoder().set("Encoder: installing from " + dir + "…");
        Tasks.of(() -> {
            FxGuard.requireBackground("model install");
            store().install(dir, null);
            return open();
        }).onSuccess(this::started)
                .onError(e -> status.noEncoder("Install failed: " + e.getMessage()))
                .runOn(background);
    }

    /** An encoder has started: say so, catch up its embeddings, load its heads. FX thread. */
    private void started(Encoder encoder) {
        status.encoder(encoder.id(), encoder.device());
        onEncoder.accept(encoder);
        loadHeads();
    }

    /** The curator moved a threshold (FX thread): what the window tags from now on is judged by it. */
    void curatorChanged(CuratorThresholds now) {
        curator.set(now);
    }

    /**
     * Loads the heads trained for the current encoder (after start and after each retraining), with the thresholds
     * the curator set for them (kept in the catalogue; `affiche thresholds` shows and sets the same).
     */
    void loadHeads() {
        Encoder encoder = tagger.encoder();
        if (encoder == null) return;
        record Found(Optional<LoadedHeads> heads, String untrained, CuratorThresholds tuned) {
        }
        Tasks.of(() -> {
            app.affiche.poster.StartupTrace.mark("models: heads loading");
            Optional<LoadedHeads> h = LoadedHeads.load(gateway.catalogue(), encoder);
            app.affiche.poster.StartupTrace.mark("models: heads loaded");
            return new Found(h, h.isEmpty() ? untrainedReason(encoder) : null,
                    gateway.catalogue().curatorThresholds(encoder.id()));
        }).onSuccess(found -> {
            if (tagger.encoder() != encoder) return; // another encoder started meanwhile: its own load follows
            thresholds.restore(found.tuned());
            if (found.heads().isEmpty()) {
                tagger.heads(null);
                thresholds.setAll(java.util.Map.of());
                status.noHeads(found.untrained());
                onHeads.run();
                return;
            }
            LoadedHeads heads = found.heads().get();
            var predictor = heads.predictor();
            tagger.heads((embedding, year) -> predictor.withCurator(curator.get()).predict(embedding, year));
            thresholds.setAll(heads.thresholds(), heads.band());
            status.heads(heads.trainedAt(), heads.labels());
            onHeads.run();
        }).onError(e -> status.noHeads("cannot be used: " + e.getMessage() + " — Retrain (Ctrl+R)")).runOn(background);
    }

    /** Heads kept for another encoder mean an encoder change, not a new catalogue: the labels are all there. */
    private String untrainedReason(Encoder encoder) {
        FxGuard.requireBackground("listing heads");
        java.util.List<String> others = gateway.catalogue().encodersWithHeads().stream().filter(id -> !id.equals(encoder.id())).toList();
        return others.isEmpty() ? "not trained yet — confirm posters, then Retrain (Ctrl+R)"
                : "trained for " + String.join(", ", others) + ", not " + encoder.id()
                + " — Retrain (Ctrl+R) once the posters are embedded; confirmed labels are kept";
    }

    private ModelStore store() throws EncoderException {
        return ModelStore.open(paths.models());
    }

    private Encoder open() throws EncoderException {
        FxGuard.requireBackground("encoder start");
        Encoder old = tagger.encoder();
        app.affiche.poster.StartupTrace.mark("models: encoder starting");
        Encoder encoder = Encoders.openInstalled(store(), null, Encoders.Options.defaults(), notice -> { });
        app.affiche.poster.StartupTrace.mark("models: encoder started, warming up");
        warmUp(encoder);
        app.affiche.poster.StartupTrace.mark("models: encoder warm");
        // Heads belong to one encoder: none speak until the new encoder's own are loaded (loadHeads).
        if (old != null && !old.id().equals(encoder.id())) tagger.heads(null);
        tagger.encoder(encoder);
        if (old != null) old.close();
        return encoder;
    }

    /**
     * Runs one small generated poster through decode, palette, thumbnail and the encoder (nothing stored), so the
     * first real drop does not pay for class loading and JIT: its suggestions then show in well under a second.
     */
    private static void warmUp(Encoder encoder) {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(180, 60, 40));
            g.fillRect(0, 0, 120, 90);
            g.dispose();
            Path tmp = java.nio.file.Files.createTempFile("affiche-warm-up", ".jpg");
            try {
                javax.imageio.ImageIO.write(img, "jpg", tmp.toFile());
                var decoded = new app.affiche.imaging.PosterDecoder().read(tmp, 224);
                new app.affiche.palette.PaletteExtractor().extract(decoded, app.affiche.palette.PaletteExtractor.DEFAULT_COLOURS);
                app.affiche.imaging.ImageOps.thumbnailJpeg(decoded, 256);
                encoder.embed(java.util.List.of(decoded));
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (Exception | LinkageError e) {
            // only a warm-up: the real drop reports its own problems
        }
    }
}
