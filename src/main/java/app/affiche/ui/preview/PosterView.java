package app.affiche.ui.preview;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * The draft with its heatmap laid exactly over it, scaled to whatever room the pane gives (never a fixed size,
 * so the similar posters below stay on screen in a small window). Shows the drop hint while empty.
 */
final class PosterView extends Region {
    private static final double PAD = 12;
    private final ImageView poster = new ImageView();
    private final ImageView heat = new ImageView();
    private final Label hint = new Label("Drop a draft poster here\nJPEG, PNG, TIFF or WebP — it is not added to the catalogue");

    PosterView(ObservableBooleanValue heatmapShown) {
        getStyleClass().add("drop-zone");
        for (ImageView v : new ImageView[]{poster, heat}) {
            v.setPreserveRatio(true);
            v.setSmooth(true);
        }
        heat.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> heatmapShown.get() && heat.getImage() != null, heatmapShown, heat.imageProperty()));
        hint.getStyleClass().add("drop-hint");
        hint.visibleProperty().bind(poster.imageProperty().isNull());
        getChildren().addAll(hint, poster, heat);
        setPadding(new Insets(PAD));
    }

    void show(Image posterImage, Image heatImage) {
        poster.setImage(posterImage);
        heat.setImage(heatImage);
    }

    ImageView posterView() {
        return poster;
    }

    ImageView heatView() {
        return heat;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - 2 * PAD, h = getHeight() - 2 * PAD;
        for (ImageView v : new ImageView[]{poster, heat}) {
            v.setFitWidth(w);
            v.setFitHeight(h);
            double vw = v.prefWidth(-1), vh = v.prefHeight(-1);
            v.resizeRelocate(PAD + (w - vw) / 2, PAD + (h - vh) / 2, vw, vh);
        }
        hint.autosize();
        hint.relocate((getWidth() - hint.getWidth()) / 2, (getHeight() - hint.getHeight()) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 384 + 2 * PAD;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 576 + 2 * PAD;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 240;
    }
}
