package app.affiche.ui.workbench;

import javafx.scene.image.Image;

import java.util.function.Consumer;

/** Where grid tiles get their pictures. */
@FunctionalInterface
public interface Thumbnails {
    void load(long posterId, Consumer<Image> onLoaded);
}
