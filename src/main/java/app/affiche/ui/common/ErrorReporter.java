package app.affiche.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The one place unexpected background failures end up: logged, then shown by whatever the window installed. */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static volatile Consumer<String> display = message -> { };
    private static final List<String> REPORTED = new CopyOnWriteArrayList<>();
    private static volatile boolean closing;

    private ErrorReporter() {
    }

    /** Installs the window's way of showing an error (called on the JavaFX thread). */
    public static void displayWith(Consumer<String> shower) {
        display = shower;
    }

    /** The window is closing: work cut short by the closing catalogue is expected, not worth an error. */
    public static void closing() {
        closing = true;
    }

    /** A window opens: errors count again (tests open several windows in one JVM). */
    public static void opening() {
        closing = false;
    }

    public static void report(Throwable error) {
        if (closing) {
            LOG.debug("background task stopped by closing", error);
            return;
        }
        LOG.error("background task failed", error);
        String message = describe(error);
        if (REPORTED.size() < 100) REPORTED.add(message);
        if (Platform.isFxApplicationThread()) display.accept(message);
        else {
            try {
                Platform.runLater(() -> display.accept(message));
            } catch (IllegalStateException toolkitGone) {
                // window already closed: the log has it
            }
        }
    }

    /** The messages reported so far in this process (tests assert there were none). */
    public static List<String> reported() {
        return List.copyOf(REPORTED);
    }

    public static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
