package app.affiche.ui;

import app.affiche.poster.AffichePaths;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What every window test does around its test: the real app on a home folder, stopped again afterwards. */
final class FxApp {
    private FxApp() {
    }

    static AfficheApp start(Stage stage, Path home) throws Exception {
        AfficheApp app = new AfficheApp(new AffichePaths(home, home.resolve("catalogue.db")));
        app.start(stage);
        return app;
    }

    static void stop(AfficheApp app) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
    }
}
