package app.affiche.ui.preview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Probability bars: genres as horizontal rows (name, track, percentage), decades as a small column chart. */
final class Bars {
    static final double TRACK = 110;
    static final double COLUMN = 48;

    private Bars() {
    }

    /** A genre's bar with its threshold marked on the track and written beside the percentage. */
    static Node genre(GenreBar bar) {
        HBox row = row(bar.genre(), bar.probability(), bar.percent(), switch (bar.band()) {
            case ABOVE -> "bar-above";
            case SUGGESTED -> "bar-suggested";
            case BELOW -> "bar-below";
        });
        if (bar.threshold() == null) return row;
        StackPane track = (StackPane) row.getChildren().get(1);
        Region tick = new Region();
        tick.getStyleClass().add("bar-threshold");
        tick.setMinSize(2, 16);
        tick.setMaxSize(2, 16);
        tick.setTranslateX(TRACK * Math.min(1, bar.threshold()) - 1);
        StackPane.setAlignment(tick, Pos.CENTER_LEFT);
        track.getChildren().add(tick);
        Label threshold = new Label(bar.thresholdText());
        threshold.getStyleClass().addAll("bar-value", "bar-threshold-text");
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().add(threshold);
        return row;
    }

    /** Decades as a compact column chart (one column per decade, the estimate highlighted) and the estimate in words. */
    static Node decades(List<DecadeBar> bars) {
        HBox columns = new HBox(2);
        columns.setAlignment(Pos.BOTTOM_LEFT);
        double max = bars.stream().mapToDouble(DecadeBar::probability).max().orElse(1);
        for (DecadeBar bar : bars) {
            Region fill = new Region();
            fill.getStyleClass().addAll("bar-fill", bar.estimate() ? "bar-estimate" : "bar-below");
            double h = Math.max(2, COLUMN * bar.probability() / max);
            fill.setMinSize(20, h);
            fill.setMaxSize(20, h);
            Label label = new Label(bar.label().substring(0, 4));
            label.getStyleClass().add("decade-label");
            VBox column = new VBox(2, fill, label);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.setMinWidth(25);
            Tooltip.install(column, new Tooltip(bar.label() + ": " + bar.percent()));
            columns.getChildren().add(column);
        }
        String estimate = bars.stream().filter(DecadeBar::estimate).findFirst()
                .map(b -> "Estimate: " + b.era()).orElse("");
        Label words = new Label(estimate);
        words.getStyleClass().add("bar-value");
        return new VBox(4, columns, words);
    }

    /** A coloured square and a word, for the legend under the genre bars. */
    static Node key(String styleClass, String text) {
        Region square = new Region();
        square.getStyleClass().addAll("bar-fill", styleClass);
        square.setMinSize(10, 10);
        square.setMaxSize(10, 10);
        HBox box = new HBox(4, square, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("bar-key");
        return box;
    }

    private static HBox row(String name, double probability, String percent, String fillClass) {
        Label label = new Label(name);
        label.setMinWidth(110);
        label.setPrefWidth(110);
        Region fill = new Region();
        fill.getStyleClass().addAll("bar-fill", fillClass);
        fill.setMaxWidth(Math.max(2, TRACK * probability));
        fill.setPrefWidth(Math.max(2, TRACK * probability));
        fill.setMaxHeight(12);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(TRACK);
        track.setPrefWidth(TRACK);
        track.setMaxWidth(TRACK);
        Label value = new Label(percent);
        value.setMinWidth(38);
        value.getStyleClass().add("bar-value");
        HBox box = new HBox(8, label, track, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
