package app.affiche.ui.training;

import app.affiche.embedding.Encoder;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.TrainingReport;
import app.affiche.pipeline.TrainRun;
import app.affiche.pipeline.VintageCurve;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import app.affiche.ui.common.UiThrottle;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Retrain (button, Ctrl+R): where the catalogue has number or category fields, first asks which field heads to train
 * too; then trains the heads on confirmed labels in the background with progress and cancel, re-predicts unconfirmed
 * posters, trains the chosen field heads, then shows the summary. One run at a time.
 */
public final class RetrainController {
    private final Executor background;
    private final Supplier<CatalogueGateway> gateway;
    private final Supplier<Encoder> encoder;
    private final Runnable afterTraining;
    private final RetrainWindow window;
    private final Map<String, FieldChoice> lastChoice = new LinkedHashMap<>();
    private volatile boolean cancelled;
    private Task<Result> running;

    public RetrainController(RetrainWindow window, Executor background, Supplier<CatalogueGateway> gateway,
                             Supplier<Encoder> encoder, Runnable afterTraining) {
        this.window = window;
        this.background = background;
        this.gateway = gateway;
        this.encoder = encoder;
        this.afterTraining = afterTraining;
        window.onCancel(() -> cancelled = true);
    }

    public record Result(TrainingReport report, int repredicted, List<VintageCurve.Point> curve,
                         List<FieldHeadLine> fieldHeads) {
    }

    /** Returns the running training, or the task reading the catalogue's fields before the choice is shown. */
    public Task<?> retrain(Consumer<TrainingSummary> onDone) {
        if (running != null) {
            window.show();
            return running;
        }
        Encoder e = encoder.get();
        CatalogueGateway g = gateway.get();
        if (e == null || g == null) {
            window.showMessage("Retraining needs an installed encoder: run affiche models install <dir>.");
            return null;
        }
        return Tasks.of(() -> FieldHeadTraining.trainable(g.catalogue().fields())).onSuccess(fields -> {
            if (fields.isEmpty()) train(e, g, List.of(), onDone);
            else window.showChoice(fields, lastChoice, choices -> {
                lastChoice.clear();
                choices.forEach(c -> lastChoice.put(c.field(), c));
                train(e, g, choices, onDone);
            });
        }).onError(err -> window.showMessage("Cannot read the catalogue's fields: " + ErrorReporter.describe(err)))
                .runOn(background);
    }

    private void train(Encoder e, CatalogueGateway g, List<FieldChoice> fields, Consumer<TrainingSummary> onDone) {
        if (running != null) return;
        cancelled = false;
        window.showProgress("Training heads on confirmed labels…");
        UiThrottle<String> progress = new UiThrottle<>(Platform::runLater, window::progressText);
        running = Tasks.of(() -> {
            TrainingReport report = new TrainRun(g.catalogue(), HeadsConfig.defaults())
                    .run(e.id(), (done, total, message) -> progress.offer(done + "/" + total + " " + message), () -> cancelled);
            progress.offer("Re-predicting unconfirmed posters…");
            var heads = LoadedHeads.load(g.catalogue(), e).orElseThrow();
            int repredicted = Repredict.run(g.catalogue(), heads.predictor(), () -> cancelled);
            List<FieldHeadLine> lines = FieldHeadTraining.run(g.catalogue(), e.id(), fields, progress::offer, () -> cancelled);
            return new Result(report, repredicted, VintageCurve.read(g.catalogue().headsProvenance(e.id()).orElse(null)), lines);
        }).onSuccess(r -> {
            TrainingSummary summary = TrainingSummary.of(r.report(), r.repredicted(), r.curve(), r.fieldHeads());
            window.showSummary(summary);
            afterTraining.run();
            onDone.accept(summary);
        }).onError(err -> window.showMessage("Training stopped: " + ErrorReporter.describe(err)))
                .andFinally(() -> running = null)
                .runOn(background);
    }
}
