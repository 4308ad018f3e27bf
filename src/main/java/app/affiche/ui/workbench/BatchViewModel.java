package app.affiche.ui.workbench;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The batch bar: progress, count, ETA, whether cancel makes sense, and the failed files with their reasons. */
public final class BatchViewModel {
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final ObservableList<Failure> failures = FXCollections.observableArrayList();

    public void apply(BatchProgress p) {
        running.set(p.running());
        progress.set(p.fraction());
        count.set(p.total() == 0 ? "" : p.finished() + " / " + p.total()
                + (p.failed() > 0 ? "  (" + p.failed() + " failed)" : ""));
        eta.set(p.eta());
        current.set(p.running() && p.current() != null ? p.current() : p.running() ? "" : finishedText(p));
    }

    private static String finishedText(BatchProgress p) {
        if (p.total() == 0) return "";
        return p.finished() < p.total() ? "Stopped after " + p.finished() + " of " + p.total()
                : "Done: " + p.done() + " catalogued" + (p.failed() > 0 ? ", " + p.failed() + " failed" : "");
    }

    public void addFailure(Failure failure) {
        failures.add(failure);
    }

    public BooleanProperty running() {
        return running;
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
