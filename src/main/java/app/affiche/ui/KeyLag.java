package app.affiche.ui;

import app.affiche.ui.workbench.WorkbenchController;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * For {@code affiche bench ui}: presses → (as a key, through the window's own key handling) and times each press
 * until the detail pane shows the next poster with its genre lines, and a frame has been laid out and drawn after
 * that. Presses follow one another as a reviewer's do: the next once the previous one shows.
 */
final class KeyLag {
    private static final long PAUSE_MS = 150;
    private final WorkbenchController controller;

    KeyLag(WorkbenchController controller) {
        this.controller = controller;
    }

    /** Presses until {@code until} says stop or {@code max} presses; returns each press's milliseconds. */
    List<Double> press(int max, BooleanSupplier until) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < max && !until.getAsBoolean(); i++) {
            Double ms = pressOnce();
            if (ms == null) break; // the end of the grid
            times.add(ms);
            Thread.sleep(PAUSE_MS);
        }
        return times;
    }

    static void report(PrintWriter out, String phase, List<Double> times) {
        if (times.isEmpty()) {
            out.printf(Locale.ROOT, "Key → detail %s: no press measured%n", phase);
            return;
        }
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        out.printf(Locale.ROOT, "Key → detail %s: %d presses, median %.0f ms, p95 %.0f ms, max %.0f ms%n", phase,
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1,
                        (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.getLast());
    }

    private Double pressOnce() throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        int[] target = new int[1];
        long t0 = System.nanoTime();
        Platform.runLater(() -> {
            int before = controller.viewModel().cursor().get();
            target[0] = before + 1;
            if (target[0] >= controller.viewModel().shown().get()) {
                shown.complete(-1L);
                return;
            }
            Event.fireEvent(controller.root(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT,
                    false, false, false, false));
            new AnimationTimer() {
                private boolean seen;

                @Override
                public void handle(long now) {
                    // the pulse after the one that first saw the new poster: that one has been laid out and drawn
                    if (seen) {
                        stop();
                        shown.complete(System.nanoTime());
                    } else {
                        seen = showing(target[0]);
                    }
                }
            }.start();
        });
        long at = shown.get(60, TimeUnit.SECONDS);
        return at < 0 ? null : (at - t0) / 1e6;
    }

    /** The poster at {@code index} is the selection, in the detail pane, and its genre lines are its own. */
    private boolean showing(int index) {
        var vm = controller.viewModel();
        if (vm.cursor().get() != index || vm.selected().size() != 1) return false;
        long id = vm.selected().iterator().next();
        var shownPoster = controller.detailViewModel().poster().get();
        var targets = controller.reviewViewModel().targets();
        return controller.detail().showing() == id && shownPoster != null && shownPoster.id() == id
                && targets.size() == 1 && targets.getFirst().posterId() == id;
    }
}
