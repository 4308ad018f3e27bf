package app.affiche.ui.workbench;

import app.affiche.poster.Decade;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's state: filters (turned into one {@link GridQuery}), what is selected, how many posters there are.
 * The selection is by poster id (it survives reloads), the cursor by grid position (it drives next/previous).
 */
public final class WorkbenchViewModel {
    public static final String ANY = "Any";
    private final StringProperty genre = new SimpleStringProperty(ANY);
    private final StringProperty decade = new SimpleStringProperty(ANY);
    private final ObjectProperty<String> state = new SimpleObjectProperty<>(ANY);
    private final StringProperty title = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<GridQuery> query = new ReadOnlyObjectWrapper<>(GridQuery.ALL);
    private final ObservableList<String> genres = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> decades = FXCollections.observableArrayList();
    private final ObservableSet<Long> selected = FXCollections.observableSet();
    private final IntegerProperty cursor = new SimpleIntegerProperty(-1);
    private final IntegerProperty shown = new SimpleIntegerProperty();
    private final IntegerProperty catalogueSize = new SimpleIntegerProperty();
    /** The review walks the posters awaiting review least certain first (closest to a threshold), not in grid order. */
    private final javafx.beans.property.BooleanProperty leastCertainFirst = new javafx.beans.property.SimpleBooleanProperty();
    /** Posters under the filters still awaiting review: suggestions, no confirmed genre (-1: not counted yet). */
    private final IntegerProperty suggestionsLeft = new SimpleIntegerProperty(-1);

    public WorkbenchViewModel() {
        decades.add(ANY);
        for (int d = 1900; d <= 2020; d += 10) decades.add(new Decade(d).label());
        genre.addListener((o, a, b) -> updateQuery());
        decade.addListener((o, a, b) -> updateQuery());
        state.addListener((o, a, b) -> updateQuery());
        title.addListener((o, a, b) -> updateQuery());
    }

    public static List<String> states() {
        List<String> states = new ArrayList<>(List.of(ANY));
        for (PosterState s : PosterState.values()) states.add(s.label());
        return states;
    }

    private void updateQuery() {
        query.set(new GridQuery(any(genre.get()) ? null : genre.get(),
                any(decade.get()) ? null : Decade.parse(decade.get()),
                any(state.get()) ? null : stateOf(state.get()),
                title.get() == null || title.get().isBlank() ? null : title.get().strip()));
    }

    private static PosterState stateOf(String label) {
        for (PosterState s : PosterState.values()) if (s.label().equals(label)) return s;
        throw new IllegalArgumentException("unknown state: " + label);
    }

    private static boolean any(String v) {
        return v == null || v.equals(ANY);
    }

    /** A plain click: this poster alone. */
    public void select(int index, long id) {
        selected.clear();
        selected.add(id);
        cursor.set(index);
    }

    /** Ctrl-click: in or out of the selection; the cursor follows. */
    public void toggle(int index, long id) {
        if (!selected.remove(id)) selected.add(id);
        cursor.set(index);
    }

    /** Shift-click: the ids of the range from the cursor (fetched by the caller) join the selection. */
    public void extend(int index, List<Long> rangeIds) {
        selected.addAll(rangeIds);
        cursor.set(index);
    }

    /** Index for next (+1) or previous (-1), clamped to the grid; -1 when the grid is empty. */
    public int step(int delta) {
        if (shown.get() == 0) return -1;
        return Math.clamp((long) cursor.get() + delta, 0, shown.get() - 1);
    }

    public void setVocabulary(List<String> vocabulary) {
        genres.setAll(ANY);
        genres.addAll(vocabulary);
    }

    public StringProperty genre() {
        return genre;
    }

    public StringProperty decade() {
        return decade;
    }

    public ObjectProperty<String> state() {
        return state;
    }

    public StringProperty title() {
        return title;
    }

    public ReadOnlyObjectProperty<GridQuery> query() {
        return query.getReadOnlyProperty();
    }

    public ObservableList<String> genres() {
        return genres;
    }

    public ObservableList<String> decades() {
        return decades;
    }

    public ObservableSet<Long> selected() {
        return selected;
    }

    public IntegerProperty cursor() {
        return cursor;
    }

    public IntegerProperty shown() {
        return shown;
    }

    public javafx.beans.property.BooleanProperty leastCertainFirst() {
        return leastCertainFirst;
    }

    public IntegerProperty suggestionsLeft() {
        return suggestionsLeft;
    }

    public IntegerProperty catalogueSize() {
        return catalogueSize;
    }
}
