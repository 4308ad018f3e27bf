package app.affiche.ui.preview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Horizontal probability bars: a name, a track with a fill, and the percentage. */
final class Bars {
    static final double TRACK = 150;

    private Bars() {
    }

    static Node genre(GenreBar bar) {
        return row(bar.genre(), bar.probability(), bar.percent(), switch (bar.band()) {
            case ABOVE -> "bar-above";
            case SUGGESTED -> "bar-suggested";
            case BELOW -> "bar-below";
        });
    }

    static Node decade(DecadeBar bar) {
        return row(bar.label(), bar.probability(), bar.percent(), bar.estimate() ? "bar-estimate" : "bar-below");
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

    private static Node row(String name, double probability, String percent, String fillClass) {
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
        value.setMinWidth(44);
        value.getStyleClass().add("bar-value");
        HBox box = new HBox(8, label, track, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
