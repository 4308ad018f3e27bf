package app.affiche.ui.palettestats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PaletteStats.Grouping;
import app.affiche.catalogue.PosterFilter;
import app.affiche.stats.StatsText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/**
 * State of the palette analytics window: the grouping asked for, the statistics shown (those of the last request
 * answered; an older answer arriving late is dropped), whether a request is running, and a one-line summary.
 */
public final class PaletteStatsViewModel {
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.GENRE);
    private final ObjectProperty<PaletteStats> stats = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final PosterFilter filter;
    private final String filterText;
    private int requested;

    public PaletteStatsViewModel(PosterFilter filter, String filterText) {
        this.filter = filter;
        this.filterText = filterText;
    }

    public ObjectProperty<Grouping> grouping() {
        return grouping;
    }

    public ObjectProperty<PaletteStats> stats() {
        return stats;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty summary() {
        return summary;
    }

    public PosterFilter filter() {
        return filter;
    }

    /** Starts a request; returns its number, which {@link #answered} must be given back. */
    int request() {
        loading.set(true);
        summary.set("Counting palettes by " + grouping.get().key() + "…");
        return ++requested;
    }

    void answered(int request, PaletteStats result) {
        if (request != requested) return;
        loading.set(false);
        stats.set(result);
        summary.set(String.format(Locale.ROOT, "%,d posters with a palette%s, by %s: %d %s; %s.", result.postersWithPalette(),
                filterText.isEmpty() ? "" : " (" + filterText + ")", result.by().key(), result.groups().size(),
                result.by() == Grouping.GENRE ? "genres" : "decades", StatsText.grouping(result.by())));
    }

    void failed(int request, Throwable error) {
        if (request != requested) return;
        loading.set(false);
        summary.set("Palette statistics failed: " + (error.getMessage() == null ? error : error.getMessage()));
    }
}
