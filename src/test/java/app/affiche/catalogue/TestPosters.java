package app.affiche.catalogue;

import app.affiche.poster.Sha256;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Generated fixtures: real JPEG files and catalogue records built from them (no shared data needed). */
public final class TestPosters {
    private TestPosters() {
    }

    /** A small, distinct poster-like JPEG (coloured blocks from the seed). */
    public static byte[] jpeg(int seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillRect(random.nextInt(width), random.nextInt(height), width / 3 + 1, height / 3 + 1);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path writeJpeg(Path file, int seed) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, jpeg(seed, 120, 180));
    }

    public static Palette palette() {
        PaletteColor red = new PaletteColor(0xA03020, 0.4, false);
        return new Palette(red, List.of(red, new PaletteColor(0x2040C0, 0.2, false)),
                List.of(new PaletteColor(0x7F7F7F, 0.3, true)), 6, false);
    }

    /** The record import would store for this file (thumbnail = the file itself, it is small). */
    public static NewPoster of(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new NewPoster(Sha256.of(file), file.toAbsolutePath().normalize().toString(), bytes.length, 120,
                180, "JPEG", null, null, bytes, palette());
    }

    /** A record with a made-up hash, for tests that never touch files. */
    public static NewPoster fake(int seed) {
        byte[] sha = new byte[32];
        new Random(seed).nextBytes(sha);
        return new NewPoster(HexFormat.of().formatHex(sha), "/posters/p" + seed + ".jpg", 1000 + seed, 600, 900,
                "JPEG", "Poster " + seed, 1950 + seed % 50, new byte[]{1, 2, 3}, palette());
    }
}
