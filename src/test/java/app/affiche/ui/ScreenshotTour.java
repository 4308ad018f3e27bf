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
        app.ready().get(30, TimeUnit.SECONDS);
        Thread.sleep(2500);
        shot(stage.getScene(), out.resolve("1-grid.png"));
        onFx(() -> app.controller().move(+1));
        onFx(() -> app.controller().move(+1));
        Thread.sleep(2500);
        shot(stage.getScene(), out.resolve("2-detail.png"));
        for (int i = 3; i < args.length; i++) {
            String step = args[i];
            if (step.startsWith("move")) onFx(() -> app.controller().move(Integer.parseInt(step.substring(4))));
            if (step.startsWith("state=")) onFx(() -> app.controller().viewModel().state().set(step.substring(6)));
            if (step.startsWith("multi")) onFx(() -> {
                var vm = app.controller().viewModel();
                vm.toggle(vm.cursor().get() + 1, vm.selected().iterator().next() + 1);
                vm.toggle(vm.cursor().get() + 1, vm.selected().iterator().next() + 2);
            });
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
