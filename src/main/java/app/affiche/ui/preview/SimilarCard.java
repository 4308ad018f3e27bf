package app.affiche.ui.preview;

import app.affiche.similar.Rating;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** One similar catalogue poster: thumbnail (click to enlarge), title and year, distance, and good / okay / bad buttons. */
final class SimilarCard extends VBox {
    static final double THUMB_HEIGHT = 120;

    SimilarCard(SimilarItem item, Image thumbnail, PreviewViewModel model, Runnable onOpen) {
        super(4);
        getStyleClass().add("similar-card");
        setAlignment(Pos.TOP_CENTER);
        ImageView view = new ImageView(thumbnail);
        view.setFitHeight(THUMB_HEIGHT);
        view.setFitWidth(THUMB_HEIGHT * 0.75);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("similar-open");
        frame.setCursor(javafx.scene.Cursor.HAND);
        frame.setOnMouseClicked(e -> onOpen.run());
        javafx.scene.control.Tooltip.install(frame, new javafx.scene.control.Tooltip("Click to enlarge"));
        frame.setMinHeight(THUMB_HEIGHT);
        frame.setPrefWidth(THUMB_HEIGHT * 0.75);
        Label title = new Label(item.caption());
        title.setWrapText(true);
        title.setMaxWidth(130);
        title.getStyleClass().add("similar-title");
        Label distance = new Label(item.distanceText());
        distance.getStyleClass().add("muted");
        HBox buttons = new HBox(3);
        buttons.setAlignment(Pos.CENTER);
        for (Rating r : Rating.values()) {
            Button b = new Button(r.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().addAll("rate", "rate-" + r.name().toLowerCase(Locale.ROOT));
            b.setOnAction(e -> model.rate(item, r));
            b.disableProperty().bind(item.ratingProperty().isNotNull());
            buttons.getChildren().add(b);
        }
        Label rated = new Label();
        rated.getStyleClass().add("muted");
        rated.textProperty().bind(item.ratingProperty().map(r -> "rated " + r.name().toLowerCase(Locale.ROOT)).orElse(" "));
        setPrefWidth(140);
        setMaxWidth(140);
        Region spacer = new Region(); // keeps the buttons of all cards on one line whatever the title's length
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(frame, title, spacer, distance, buttons, rated);
    }
}
