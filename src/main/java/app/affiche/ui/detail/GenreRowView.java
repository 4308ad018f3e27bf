package app.affiche.ui.detail;

import app.affiche.ui.review.GenreRow;
import app.affiche.ui.review.Suggestion;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Locale;

/**
 * One genre line: key chip, name, a confidence bar with the threshold marked, and a word saying what Enter will
 * do with it. Saved genres are green with a tick; ticked but unsaved ones amber; unticked saved ones red; untouched
 * suggestions amber text; the band below the threshold pale.
 */
final class GenreRowView extends HBox {
    private static final double BAR = 120;

    GenreRowView(GenreRow row, Runnable onClick) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("genre-row");
        Label key = new Label(row.key().isEmpty() ? " " : row.key());
        key.getStyleClass().add("key-chip");
        key.setMinWidth(22);
        key.setAlignment(Pos.CENTER);
        Label name = new Label(row.genre());
        name.getStyleClass().add("genre-name");
        name.setMinWidth(110);
        Region fill = new Region();
        fill.getStyleClass().add("bar-fill");
        double c = row.confidence() == null ? 0 : row.confidence();
        fill.setMaxWidth(BAR * c);
        fill.setPrefWidth(BAR * c);
        Region tick = new Region();
        tick.getStyleClass().add("bar-threshold");
        tick.setTranslateX(BAR * row.threshold() - BAR / 2);
        tick.setVisible(row.confidence() != null);
        StackPane bar = new StackPane(fill, tick);
        bar.getStyleClass().add("bar");
        bar.setMinWidth(BAR);
        bar.setMaxWidth(BAR);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        Label pct = new Label(row.confidence() == null ? "" : String.format(Locale.ROOT, "%.0f%%", c * 100));
        pct.setMinWidth(38);
        pct.getStyleClass().add("genre-pct");
        Label status = new Label(status(row));
        status.getStyleClass().add("genre-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(key, name, bar, pct, spacer, status);
        getStyleClass().add(styleOf(row));
        setOnMouseClicked(e -> onClick.run());
        Tooltip.install(this, new Tooltip(row.key().isEmpty() ? "Click to toggle" : "Press " + row.key() + " or click to toggle"));
    }

    static String status(GenreRow row) {
        return switch (row.state()) {
            case SAVED -> "✔ saved";
            case NEW -> "✚ new, unsaved";
            case REMOVED -> "✖ removed, unsaved";
            case SOME -> row.changed() ? "◐ some, unsaved" : "◐ some";
            case SUGGESTED -> "suggested";
            case MAYBE -> "maybe";
            case NONE -> "";
        };
    }

    static String styleOf(GenreRow row) {
        return "genre-" + row.state().name().toLowerCase(java.util.Locale.ROOT);
    }
}
