package app.affiche.ui.workbench;

import app.affiche.catalogue.xmp.SidecarNaming;
import app.affiche.catalogue.xmp.SidecarWriter;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.Tasks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The workbench's "Write XMP": the selected posters' sidecars ({@code poster.jpg.xmp}) written on a background
 * executor, the count shown at most 20 times a second, the button turning into Stop meanwhile; the outcome (written,
 * failed, the first failure's reason) stays in the status bar.
 */
final class XmpSidecarAction {
    private static final long SHOW_EVERY_NANOS = 50_000_000L;

    private final Executor work;
    private final Supplier<CatalogueGateway> gateway;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private volatile boolean cancelled;
    private volatile long shownAt;

    XmpSidecarAction(Executor work, Supplier<CatalogueGateway> gateway) {
        this.work = work;
        this.gateway = gateway;
    }

    /** The button writes the selection (off while nothing is selected) or, while writing, stops. */
    void bind(Button button, Label statusLabel, ObservableSet<Long> selection) {
        button.textProperty().bind(Bindings.when(running).then("Stop XMP").otherwise("Write XMP"));
        button.disableProperty().bind(running.not().and(Bindings.isEmpty(selection)));
        button.setOnAction(e -> startOrStop(Set.copyOf(selection)));
        statusLabel.textProperty().bind(status);
    }

    StringProperty status() {
        return status;
    }

    void startOrStop(Set<Long> ids) {
        if (running.get()) {
            cancelled = true;
            status.set("Stopping XMP sidecars…");
            return;
        }
        CatalogueGateway g = gateway.get();
        if (ids.isEmpty() || g == null) return;
        List<Long> posters = ids.stream().sorted().toList();
        cancelled = false;
        shownAt = 0;
        running.set(true);
        status.set("Writing XMP sidecars: 0 / " + posters.size());
        Tasks.of(() -> new SidecarWriter(g.catalogue(), SidecarNaming.EXT)
                        .writeAll(posters, this::progress, () -> cancelled))
                .onSuccess(results -> status.set(summary(results, posters.size())))
                .onError(e -> status.set("XMP sidecars stopped: " + e.getMessage()))
                .andFinally(() -> running.set(false))
                .runOn(work);
    }

    private void progress(int done, int total) {
        long now = System.nanoTime();
        if (now - shownAt < SHOW_EVERY_NANOS) return;
        shownAt = now;
        Platform.runLater(() -> {
            if (running.get() && !cancelled) status.set("Writing XMP sidecars: " + done + " / " + total);
        });
    }

    /** E.g. "XMP sidecars: 3 written, 1 failed — poster-02.jpg: image not found at … (moved or deleted?)". */
    static String summary(List<SidecarWriter.Result> results, int asked) {
        List<SidecarWriter.Result> failed = results.stream().filter(r -> !r.ok()).toList();
        String text = String.format(Locale.ROOT, "XMP sidecars: %d written, %d failed", results.size() - failed.size(),
                failed.size());
        if (results.size() < asked) text += ", " + (asked - results.size()) + " not written (stopped)";
        if (!failed.isEmpty()) {
            SidecarWriter.Result first = failed.getFirst();
            String name = first.image() == null ? "poster " + first.posterId() : Path.of(first.image()).getFileName().toString();
            text += " — " + name + ": " + first.error();
        }
        return text;
    }
}
