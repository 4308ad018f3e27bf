package app.affiche.ui;

import app.affiche.poster.AffichePaths;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.workbench.WorkbenchController;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application. The window shows first, empty; the catalogue opens and models load in the
 * background afterwards ({@link Session}), so a 100,000-poster catalogue does not delay it.
 */
public final class AfficheApp extends Application {
    private static volatile AffichePaths launchPaths;
    private static volatile List<Path> launchFiles = List.of();
    private final AffichePaths paths;
    private final CompletableFuture<Session> ready = new CompletableFuture<>();
    private WorkbenchController controller;
    private Session session;
    private Runnable exit = Platform::exit;

    /** Used by {@code Application.launch}: paths come from {@link #launch(AffichePaths)}. */
    public AfficheApp() {
        this(launchPaths == null ? AffichePaths.fromEnvironment() : launchPaths);
    }

    public AfficheApp(AffichePaths paths) {
        this.paths = paths;
    }

    /** Opens the window and blocks until it is closed. */
    public static void launch(AffichePaths paths) {
        launch(paths, List.of());
    }

    /** Opens the window, then imports {@code files} as if they had been dropped on it. */
    public static void launch(AffichePaths paths, List<Path> files) {
        launchPaths = paths;
        launchFiles = List.copyOf(files);
        Application.launch(AfficheApp.class);
    }

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        app.affiche.poster.StartupTrace.mark("app: start, building the window");
        controller = new WorkbenchController();
        Scene scene = new Scene(controller.root(), 1360, 860);
        controller.install(scene);
        stage.setTitle("Affiche — " + paths.location().shortName()); // never a credential: none is held
        controller.view().onOpenCatalogue(() -> OpenCatalogueDialog.ask(stage, paths.home(), paths.location())
                .ifPresent(location -> app.affiche.ui.common.Tasks.of(() -> {
                    CatalogueWindowLauncher.launch(location);
                    return null;
                }).runOn(Thread::startVirtualThread)));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        ErrorReporter.displayWith(message -> showError(stage, message));
        ErrorReporter.opening();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> org.slf4j.LoggerFactory.getLogger(AfficheApp.class)
                .info("window shown {} ms after start", (System.nanoTime() - t0) / 1_000_000));
        session = new Session(paths, controller, stage, () -> exit.run());
        stage.setOnCloseRequest(e -> {
            if (!app.affiche.ui.review.UnsavedTicks.mayClose(stage, controller.reviewViewModel())) e.consume();
        });
        // the catalogue opens once the window is up, so its work never competes with the first layout
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                app.affiche.poster.StartupTrace.mark("app: window shown");
                session.open(ready);
            }
        });
        stage.show();
        List<File> opened = launchFiles.stream().map(Path::toFile).toList();
        if (!opened.isEmpty()) ready.thenAccept(s -> Platform.runLater(() -> controller.filesDropped(opened)));
    }

    @Override
    public void stop() {
        if (session != null) session.close();
    }

    /** Completes once the catalogue is open and the grid attached (tests and the benchmark wait on it). */
    public CompletableFuture<Session> ready() {
        return ready;
    }

    public WorkbenchController controller() {
        return controller;
    }

    static void showError(Stage owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Something went wrong");
        alert.initOwner(owner);
        alert.show();
    }

    /** What happens after the "catalogue in use" dialog (tests keep the toolkit running). */
    public void onLockedExit(Runnable action) {
        exit = action;
    }
}
