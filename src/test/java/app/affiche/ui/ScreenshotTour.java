package app.affiche.ui;

import app.affiche.poster.AffichePaths;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Not a test: opens the real window on a given per-user directory and saves screenshots of it, for a person to
 * look at. {@code java ... app.affiche.ui.ScreenshotTour AFFICHE_HOME OUT_DIR} (under Xvfb or a desktop).
 */
public final class ScreenshotTour {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        AfficheApp app = new AfficheApp(new AffichePaths(home, home.resolve("catalogue.db")));
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            app.start(stage);
            shown.complete(stage);
        });
        Stage stage = shown.get(10, TimeUnit.SECONDS);
        Session session = app.ready().get(30, TimeUnit.SECONDS);
        Thread.sleep(2500);
        shot(stage.getScene(), out.resolve("1-grid.png"));
        onFx(() -> app.controller().move(+1));
        onFx(() -> app.controller().move(+1));
        Thread.sleep(2500);
        shot(stage.getScene(), out.resolve("2-detail.png"));
        for (int i = 2; i < args.length; i++) {
            String step = args[i];
            if (step.startsWith("move")) onFx(() -> app.controller().move(Integer.parseInt(step.substring(4))));
            if (step.startsWith("state=")) onFx(() -> app.controller().viewModel().state().set(step.substring(6)));
            if (step.startsWith("multi")) onFx(() -> {
                var vm = app.controller().viewModel();
                long id = vm.selected().iterator().next();
                vm.toggle(vm.cursor().get() + 1, id + 1);
                vm.toggle(vm.cursor().get() + 1, id + 2);
            });
            if (step.startsWith("failures")) onFx(() -> app.controller().view().expandFailures());
            if (step.startsWith("install=")) {
                onFx(() -> session.installEncoder(Path.of(step.substring(8))));
                waitUntil(() -> session.tagger().encoder() != null, 120);
                System.out.println("encoder " + session.tagger().encoder().id() + " on " + session.tagger().encoder().device());
            }
            if (step.startsWith("drop=")) {
                long t = System.nanoTime();
                onFx(() -> app.controller().filesDropped(java.util.List.of(new java.io.File(step.substring(5)))));
                Thread.sleep(1500);
                waitUntil(() -> !session.runner().running(), 600);
                System.out.printf("batch done in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            if (step.equals("retrain")) {
                CompletableFuture<Object> done = new CompletableFuture<>();
                onFx(() -> session.retrain().retrain(done::complete));
                System.out.println(done.get(600, TimeUnit.SECONDS));
            }
            if (step.startsWith("key=")) {
                onFx(() -> stage.getScene().getRoot().requestFocus());
                javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.valueOf(step.substring(4));
                onFx(() -> javafx.event.Event.fireEvent(stage.getScene().getRoot(), new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
            }
            if (step.startsWith("tab=")) onFx(() -> app.controller().view().selectTab(Integer.parseInt(step.substring(4))));
            if (step.startsWith("preview=")) onFx(() -> {
                app.controller().view().selectTab(1);
                ((app.affiche.ui.preview.PreviewPane) app.controller().view().previewContent()).open(Path.of(step.substring(8)));
            });
            if (step.startsWith("sleep=")) Thread.sleep(Long.parseLong(step.substring(6)));
            if (step.startsWith("shot")) {
                Thread.sleep(2000);
                shot(stage.getScene(), out.resolve(step.substring(5) + ".png"));
            }
        }
        Platform.runLater(() -> {
            stage.close();
            app.stop();
            Platform.exit();
        });
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("timed out");
            Thread.sleep(50);
        }
    }

    static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            f.complete(null);
        });
        f.get(10, TimeUnit.SECONDS);
    }

    static void shot(Scene scene, Path file) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Consumer<Void> unused = v -> { };
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
                f.complete(null);
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        f.get(20, TimeUnit.SECONDS);
        System.out.println("saved " + file);
    }
}
