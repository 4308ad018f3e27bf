package app.affiche.ui.review;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * Per-genre thresholds and the suggestion band, as sliders applied live: the genre bars and "accept
 * suggestions" follow at once. A separate window so the curator can watch the poster while dragging.
 */
public final class ThresholdsWindow {
    private ThresholdsWindow() {
    }

    public static Stage show(Window owner, Thresholds thresholds, List<String> genres) {
        GridPane grid = new GridPane(10, 4);
        grid.setPadding(new Insets(10));
        Slider band = slider(thresholds.band().get(), 0, 0.6);
        band.valueProperty().bindBidirectional(thresholds.band());
        grid.addRow(0, new Label("Suggestion band (fraction of each threshold)"), band, value(band));
        int row = 1;
        for (String g : genres) {
            Slider s = slider(thresholds.threshold(g).get(), 0.05, 0.95);
            s.valueProperty().bindBidirectional(thresholds.threshold(g));
            grid.addRow(row++, new Label(g), s, value(s));
        }
        Label help = new Label("At or above the threshold: suggested (accepted by Enter). In the band below it: "
                + "shown as “maybe”, never accepted in bulk.");
        help.setWrapText(true);
        VBox box = new VBox(8, help, new ScrollPane(grid));
        box.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Thresholds");
        stage.setScene(new Scene(box, 520, 620));
        stage.show();
        return stage;
    }

    private static Slider slider(double value, double min, double max) {
        Slider s = new Slider(min, max, value);
        s.setPrefWidth(220);
        s.setBlockIncrement(0.01);
        return s;
    }

    private static Label value(Slider s) {
        Label l = new Label();
        l.textProperty().bind(s.valueProperty().map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        l.setMinWidth(40);
        return l;
    }
}
