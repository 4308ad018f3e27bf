package app.affiche.ui.detail;

import app.affiche.ui.review.GenreRow;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Locale;

/**
 * One genre as a compact toggle, small enough for two or three columns: key chip, a mark saying what Enter does with
 * it (✔ ticked, ✖ to be removed, ◐ ticked on some), name, a short confidence bar with the threshold marked, and the
 * percentage; the words are in the tooltip. Saved genres are green; ticked but unsaved ones amber; unticked saved
 * ones red; unticked suggestions amber text; the band below the threshold pale.
 */
final class GenreRowView extends HBox {
    private static final double BAR = 36;
    private final String genre;
    private final Label key = new Label();
    private final Label mark = new Label();
    private final Label name = new Label();
    private final Region fill = new Region();
    private final Region tick = new Region();
    private final Label pct = new Label();
    private final Tooltip tooltip = new Tooltip();
    private String style;

    /**
     * Built once per genre and key (the vocabulary); {@link #update} then changes only what differs, so a new
     * selection or threshold restyles nothing that stays the same.
     */
    GenreRowView(String genre, String keyLabel, Runnable onClick) {
        super(3);
        this.genre = genre;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("genre-row");
        setMinWidth(0);
        key.setText(keyLabel.isEmpty() ? " " : keyLabel);
        key.getStyleClass().add("key-chip");
        key.setMinWidth(20);
        key.setAlignment(Pos.CENTER);
        mark.getStyleClass().add("genre-mark");
        mark.setMinWidth(13);
        name.setText(genre);
        name.getStyleClass().add("genre-name");
        name.setMinWidth(40);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox.setHgrow(name, Priority.ALWAYS);
        fill.getStyleClass().add("bar-fill");
        tick.getStyleClass().add("bar-threshold");
        StackPane bar = new StackPane(fill, tick);
        bar.getStyleClass().add("bar");
        bar.setMinWidth(BAR);
        bar.setMaxWidth(BAR);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        pct.setMinWidth(28);
        pct.setAlignment(Pos.CENTER_RIGHT);
        pct.getStyleClass().add("genre-pct");
        getChildren().addAll(key, mark, name, bar, pct);
        setOnMouseClicked(e -> onClick.run());
        Tooltip.install(this, tooltip);
    }

    /** Whether this line was built for that genre and key (else the lines are built again). */
    boolean shows(GenreRow row) {
        return genre.equals(row.genre()) && key.getText().equals(row.key().isEmpty() ? " " : row.key());
    }

    /** Shows the row's state; setting a property to the value it has is free, only a changed style class restyles. */
    void update(GenreRow row) {
        String newStyle = styleOf(row);
        if (!newStyle.equals(style)) {
            if (style != null) getStyleClass().remove(style);
            getStyleClass().add(newStyle);
            style = newStyle;
        }
        mark.setText(mark(row));
        double c = row.confidence() == null ? 0 : row.confidence();
        fill.setMaxWidth(BAR * c);
        fill.setPrefWidth(BAR * c);
        tick.setTranslateX(BAR * row.threshold() - BAR / 2);
        tick.setVisible(row.confidence() != null);
        pct.setText(row.confidence() == null ? "" : String.format(Locale.ROOT, "%.0f%%", c * 100));
        String how = row.key().isEmpty() ? "Click to tick or untick" : "Press " + row.key() + " or click to tick or untick";
        String what = status(row);
        tooltip.setText(row.genre() + (what.isEmpty() ? "" : " — " + what) + "\n" + how);
    }

    static String mark(GenreRow row) {
        return switch (row.state()) {
            case SAVED, NEW -> "✔";
            case REMOVED -> "✖";
            case SOME -> "◐";
            default -> "";
        };
    }

    static String status(GenreRow row) {
        return switch (row.state()) {
            case SAVED -> "saved";
            case NEW -> "ticked, not saved yet: Enter saves it";
            case REMOVED -> "saved, unticked: Enter removes it";
            case SOME -> row.changed() ? "ticked on some posters, not saved yet" : "on some of the posters";
            case SUGGESTED -> "suggested, not ticked";
            case MAYBE -> "maybe: just below the threshold, not ticked";
            case NONE -> "";
        };
    }

    static String styleOf(GenreRow row) {
        return "genre-" + row.state().name().toLowerCase(Locale.ROOT);
    }
}
