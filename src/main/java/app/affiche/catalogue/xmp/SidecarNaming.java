package app.affiche.catalogue.xmp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an image's sidecar lives. digiKam (its default) and darktable append {@code .xmp} to the whole file name
 * ({@code poster.jpg.xmp}); Lightroom, Bridge and Camera Raw replace the extension ({@code poster.xmp}), which two
 * images differing only by extension would share, so that name is an option and written only for its own image.
 */
public enum SidecarNaming {
    /** {@code poster.jpg.xmp} (default). */
    EXT,
    /** {@code poster.xmp}. */
    BASE;

    public Path sidecarOf(Path image) {
        String name = image.getFileName().toString();
        if (this == EXT) return image.resolveSibling(name + ".xmp");
        int dot = name.lastIndexOf('.');
        return image.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".xmp");
    }

    /** The sidecar an image has, looking for {@code poster.jpg.xmp} first (it names this image alone), then {@code poster.xmp}. */
    public static Optional<Path> find(Path image) {
        for (SidecarNaming n : values()) {
            Path p = n.sidecarOf(image);
            if (!p.equals(image) && Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
