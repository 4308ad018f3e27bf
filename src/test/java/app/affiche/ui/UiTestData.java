package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Generated fixtures for UI tests: real JPEG files and catalogued posters with real (tiny) thumbnails. */
public final class UiTestData {
    private UiTestData() {
    }

    /** Writes {@code n} distinct poster-like JPEGs (a colour field, a band, a disc) named poster-NN.jpg. */
    public static List<Path> writePosters(Path dir, int n) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("poster-%02d.jpg", i));
            try {
                ImageIO.write(poster(i, 160, 240), "jpg", f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(f);
        }
        return files;
    }

    public static BufferedImage poster(int seed, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.getHSBColor((seed * 0.137f) % 1f, 0.7f, 0.8f));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.getHSBColor((seed * 0.137f + 0.5f) % 1f, 0.9f, 0.4f));
        g.fillRect(0, h * 2 / 3, w, h / 6);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4 + seed % 7, h / 5, w / 2, w / 2);
        g.dispose();
        return img;
    }

    public static byte[] thumbnail(int seed) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(poster(seed, 16, 24), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code n} posters straight to the catalogue (no image files): ids in insertion order. */
    public static List<Long> addPosters(Catalogue catalogue, int n) {
        List<Long> ids = new ArrayList<>();
        byte[] thumb = thumbnail(1);
        for (int i = 0; i < n; i++) {
            String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(System.nanoTime()).putInt(i).array());
            ids.add(catalogue.addPoster(new NewPoster(sha, "/posters/p" + i + ".jpg", 1000 + i, 160, 240, "JPEG",
                    "Poster " + i, 1950 + i % 50, thumb, null)));
        }
        return ids;
    }
}
