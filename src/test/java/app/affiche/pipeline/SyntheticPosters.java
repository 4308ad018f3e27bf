package app.affiche.pipeline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Generated poster-shaped images (2:3) for tests. Only the top half tells the two kinds apart: "striped" posters
 * have bold diagonal warm stripes up there, "plain" ones a flat colour; the bottom halves come from one
 * distribution (a flat colour with a few random blocks), so a predictor can only learn from the top.
 */
public final class SyntheticPosters {
    static final int WIDTH = 160;
    static final int HEIGHT = 240;

    private SyntheticPosters() {
    }

    public static BufferedImage make(boolean striped, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int half = HEIGHT / 2;
        g.setColor(randomColour(random));
        g.fillRect(0, 0, WIDTH, half);
        if (striped) {
            g.setStroke(new java.awt.BasicStroke(8 + random.nextInt(6)));
            int phase = random.nextInt(24);
            for (int x = -HEIGHT + phase; x < WIDTH + HEIGHT; x += 24) {
                g.setColor(random.nextBoolean() ? new Color(230, 30 + random.nextInt(40), 20) : new Color(250, 210, 20));
                g.drawLine(x, 0, x + half, half);
            }
        }
        g.setColor(randomColour(random));
        g.fillRect(0, half, WIDTH, HEIGHT - half);
        for (int i = 0; i < 4; i++) {
            g.setColor(randomColour(random));
            g.fillRect(random.nextInt(WIDTH), half + random.nextInt(half), 10 + random.nextInt(40), 10 + random.nextInt(40));
        }
        g.dispose();
        return image;
    }

    private static Color randomColour(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }
}
