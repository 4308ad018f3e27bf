package app.affiche.ui.review;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * Per-genre thresholds and the suggestion band, as sliders applied live: the genre bars and the draft follow at
 * once. A separate window so the curator can watch the poster while dragging. Sized to its content; a genre the
 * heads did not train is shown as such and cannot be moved; one the curator moved says what the heads' own is.
 */
public final class ThresholdsWindow {
    private static final String TITLE = "Thresholds";

    private ThresholdsWindow() {
    }

    /** Opens the window, or brings the one already open for this owner to the front. */
    public static Stage show(Window owner, Thresholds thresholds, List<String> genres) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getOwner() == owner && TITLE.equals(s.getTitle())) {
                s.toFront();
                return s;
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        VBox root = content(stage, thresholds, genres);
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().add(ThresholdsWindow.class.getResource("/app/affiche/ui/affiche.css").toExternalForm());
        // the list's real size is known once styled: show all of it where the screen allows, else scroll
        root.applyCss();
        root.layout();
        ScrollPane scroll = (ScrollPane) root.lookup("#thresholds-list");
        scroll.setPrefViewportWidth(scroll.getContent().prefWidth(-1));
        scroll.setPrefViewportHeight(Math.min(scroll.getContent().prefHeight(-1),
                Screen.getPrimary().getVisualBounds().getHeight() - 220));
        stage.sizeToScene();
        stage.show();
        return stage;
    }

    private static VBox content(Stage stage, Thresholds thresholds, List<String> genres) {
        Label help = new Label("At or above the threshold: suggested, and ticked in the draft of a poster with no "
                + "confirmed genre. In the band below it: shown as “maybe”, never ticked by itself.");
        help.setWrapText(true);
        help.setMaxWidth(460);
        help.setMinHeight(Region.USE_PREF_SIZE);
        Slider band = slider(thresholds.band().get(), 0, 0.6);
        band.valueProperty().bindBidirectional(thresholds.band());
        HBox bandRow = new HBox(10, fixed(new Label("Suggestion band (fraction of each threshold)")), band, value(band));
        bandRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane(10, 4);
        grid.setPadding(new Insets(4, 14, 4, 4));
        int row = 0;
        for (String g : genres) {
            Label name = fixed(new Label(g));
            name.getStyleClass().add("threshold-genre");
            if (!thresholds.isTrained(g)) {
                Slider s = slider(Thresholds.DEFAULT_THRESHOLD, 0, 1);
                s.setDisable(true);
                name.setDisable(true);
                Label untrained = fixed(new Label("not trained"));
                untrained.getStyleClass().add("small");
                grid.add(name, 0, row);
                grid.add(s, 1, row);
                grid.add(untrained, 2, row++, 2, 1); // after name and slider: addRow would append past it
                continue;
            }
            Slider s = slider(thresholds.threshold(g).get(), 0.01, 0.99);
            s.valueProperty().bindBidirectional(thresholds.threshold(g));
            Label note = fixed(new Label());
            note.getStyleClass().add("small");
            note.textProperty().bind(s.valueProperty().map(v -> note(thresholds, g)));
            grid.addRow(row++, name, s, value(s), note);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("thresholds-list");

        Button reset = new Button("Use the heads' thresholds");
        reset.setOnAction(e -> {
            thresholds.resetToTrained();
            band.setValue(thresholds.band().get());
        });
        Button close = new Button("Close");
        close.setCancelButton(true);  // Esc
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, reset, spacer, close);
        VBox box = new VBox(10, help, bandRow, scroll, buttons);
        box.setPadding(new Insets(12));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    /** "yours · heads 0.41" once the curator moved it, else "heads' own". */
    static String note(Thresholds thresholds, String genre) {
        Double heads = thresholds.trained(genre);
        if (heads == null) return "not trained";
        return thresholds.tuned().contains(genre) ? String.format(Locale.ROOT, "yours · heads %.2f", heads) : "heads' own";
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Slider slider(double value, double min, double max) {
        // the range always holds the value: a slider clamping it would move the threshold just by opening
        Slider s = new Slider(Math.min(min, value), Math.max(max, value), value);
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
