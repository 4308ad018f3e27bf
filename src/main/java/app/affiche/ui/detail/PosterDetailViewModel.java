package app.affiche.ui.detail;

import app.affiche.poster.Decade;
import app.affiche.poster.PaletteColor;
import app.affiche.poster.EraEstimate;
import app.affiche.poster.Poster;
import app.affiche.poster.Prediction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The detail pane's text and lists for one poster, or a summary line for a multi-selection. */
public final class PosterDetailViewModel {
    private final ObjectProperty<Poster> poster = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty fileInfo = new SimpleStringProperty("");
    private final StringProperty decadeEstimate = new SimpleStringProperty("");
    private final StringProperty heads = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("Select a poster");
    private final ObservableList<PaletteColor> swatches = FXCollections.observableArrayList();
    private final IntegerProperty selectionSize = new SimpleIntegerProperty();
    private final BooleanProperty single = new SimpleBooleanProperty();

    public void show(PosterDetails d) {
        Poster p = d.poster();
        poster.set(p);
        single.set(true);
        selectionSize.set(1);
        headline.set(p.title() == null || p.title().isBlank() ? "Untitled — " + fileName(p) : p.title());
        title.set(p.title() == null ? "" : p.title());
        year.set(p.year() == null ? "" : String.valueOf(p.year()));
        fileInfo.set(fileLine(p));
        List<PaletteColor> colours = new ArrayList<>();
        if (d.palette() != null) {
            colours.addAll(d.palette().colours());
            colours.addAll(d.palette().greys());
        }
        swatches.setAll(colours);
        decadeEstimate.set(decadeLine(p, d.prediction()));
        heads.set(d.prediction() == null || d.prediction().heads().isEmpty() ? "No heads have spoken yet"
                : "Heads: " + String.join(", ", d.prediction().heads()));
    }

    public void showSelection(int count) {
        poster.set(null);
        single.set(false);
        selectionSize.set(count);
        headline.set(count == 0 ? "Select a poster" : count + " posters selected");
        title.set("");
        year.set("");
        fileInfo.set(count > 1 ? "Keys and clicks tick or untick a genre for all selected posters (◐: ticked on some only); Enter saves." : "");
        swatches.clear();
        decadeEstimate.set("");
        heads.set("");
    }

    static String fileName(Poster p) {
        return p.path() == null ? "#" + p.id() : java.nio.file.Path.of(p.path()).getFileName().toString();
    }

    static String fileLine(Poster p) {
        String name = fileName(p);
        String size = p.sizeBytes() < 1_048_576 ? String.format(Locale.ROOT, "%d KB", Math.round(p.sizeBytes() / 1024.0))
                : String.format(Locale.ROOT, "%.1f MB", p.sizeBytes() / 1_048_576.0);
        return String.format(Locale.ROOT, "%s · %s %d×%d · %s", name, p.format(), p.width(), p.height(), size);
    }

    /**
     * "Estimated 1950s (71 %) · year 1957", or a range where the head is unsure ("Estimated 1940s–1950s (64 %)")
     * — the model's view and the catalogue's side by side.
     */
    static String decadeLine(Poster p, Prediction prediction) {
        String known = p.year() == null ? "year unknown" : "year " + p.year();
        EraEstimate era = prediction == null ? null : EraEstimate.of(prediction.decadeProbabilities());
        if (era == null) return "Decade: " + known;
        return "Estimated " + era.describe() + " · " + known;
    }

    public ObjectProperty<Poster> poster() {
        return poster;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty year() {
        return year;
    }

    public StringProperty fileInfo() {
        return fileInfo;
    }

    public StringProperty decadeEstimate() {
        return decadeEstimate;
    }

    public StringProperty heads() {
        return heads;
    }

    public StringProperty headline() {
        return headline;
    }

    public ObservableList<PaletteColor> swatches() {
        return swatches;
    }

    public IntegerProperty selectionSize() {
        return selectionSize;
    }

    public BooleanProperty single() {
        return single;
    }
}
