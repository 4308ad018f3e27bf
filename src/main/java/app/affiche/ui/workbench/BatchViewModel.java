package app.affiche.ui.workbench;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The batch bar: progress, one count in posters that adds up (ready + already catalogued + failed = the batch),
 * ETA, whether Pause or Resume makes sense, and the failed files with their reasons.
 */
public final class BatchViewModel {
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final ObservableList<Failure> failures = FXCollections.observableArrayList();

    public void apply(BatchProgress p) {
        running.set(p.running());
        paused.set(p.running() && p.paused());
        progress.set(p.fraction());
        count.set(p.total() == 0 ? "" : p.finished() + " / " + p.total() + " posters" + parts(p, false));
        eta.set(p.eta());
        if (p.running() && p.paused()) {
            current.set("Paused after " + p.finished() + " of " + p.total() + " — Resume, or the rest resumes on next start");
        } else {
            current.set(p.running() && p.current() != null ? p.current() : p.running() ? "" : finishedText(p));
        }
    }

    private static String finishedText(BatchProgress p) {
        if (p.total() == 0) return "";
        return p.finished() < p.total() ? "Stopped after " + p.finished() + " of " + p.total()
                : "Done: " + p.total() + (p.total() == 1 ? " poster" : " posters") + " — " + p.done() + " ready" + parts(p, true);
    }

    /** The skipped and failed parts of the count, e.g. " · 2 already catalogued · 1 failed". */
    private static String parts(BatchProgress p, boolean always) {
        String sep = always ? ", " : " · ";
        return (p.skipped() > 0 ? sep + p.skipped() + " already catalogued" : "")
                + (p.failed() > 0 ? sep + p.failed() + " failed" : "");
    }

    public void addFailure(Failure failure) {
        failures.add(failure);
    }

    public BooleanProperty running() {
        return running;
    }

    /** A batch is under way but paused: the bar offers Resume. */
    public BooleanProperty paused() {
        return paused;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty count() {
        return count;
    }

    public StringProperty eta() {
        return eta;
    }

    public StringProperty current() {
        return current;
    }

    public ObservableList<Failure> failures() {
        return failures;
    }
}
