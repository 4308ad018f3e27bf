package app.affiche.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoder's input, decoded by the import beside its own copy ({@link app.affiche.imaging.PosterDecoder#readTwoSizes}),
 * kept until the tag stage embeds the poster, so a dropped scan is decoded once, not once per stage. Keyed by the
 * file, checked against its size and modification time (a file changed in between is decoded again). Bounded:
 * the oldest go when nobody takes them (no encoder yet, tagging behind). Thread-safe.
 */
public final class EncoderImages {
    private record Held(BufferedImage image, long size, long modified) {
    }

    private final int side;
    private final Map<Path, Held> images;
    private volatile java.util.function.BooleanSupplier wanted = () -> true;

    /** @param side the long side the encoder's decode asks for; {@code capacity} images at most */
    public EncoderImages(int side, int capacity) {
        if (side <= 0 || capacity <= 0) throw new IllegalArgumentException("side and capacity must be positive");
        this.side = side;
        this.images = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Held> eldest) {
                return size() > capacity;
            }
        };
    }

    public int side() {
        return side;
    }

    /** Images are decoded for the encoder only while this holds (an encoder is there to take them). */
    public void wantedWhile(java.util.function.BooleanSupplier condition) {
        wanted = condition;
    }

    public boolean wanted() {
        return wanted.getAsBoolean();
    }

    public void put(Path file, BufferedImage image) {
        try {
            Held e = new Held(image, Files.size(file), Files.getLastModifiedTime(file).toMillis());
            synchronized (images) {
                images.put(key(file), e);
            }
        } catch (IOException ignored) {
            // the file went: the tag stage reports that when it gets there
        }
    }

    /** The image decoded for {@code file}, removed from here; null when there is none or the file changed since. */
    public BufferedImage take(Path file) {
        Held e;
        synchronized (images) {
            e = images.remove(key(file));
        }
        if (e == null) return null;
        try {
            return Files.size(file) == e.size() && Files.getLastModifiedTime(file).toMillis() == e.modified() ? e.image() : null;
        } catch (IOException gone) {
            return null;
        }
    }

    public int size() {
        synchronized (images) {
            return images.size();
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
