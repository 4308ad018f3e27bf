package app.affiche.embedding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exact tensor the model sees, against values computed here: channel order (R, G, B differ everywhere, so a
 * red-thrice or BGR bug fails), NCHW layout, /255 and mean/std, pad geometry, resize, centre-crop.
 */
class PreprocessorGoldenTest {
    private static final double[] MEAN = {0.485, 0.456, 0.406};
    private static final double[] STD = {0.229, 0.224, 0.225};
    private static final int S = 224;
    private static EncoderSpec pad;
    private static EncoderSpec crop;

    @BeforeAll
    static void specs() throws Exception {
        pad = Manifest.builtIn().require("mobilenetv2-fp32");
        crop = new EncoderSpec("crop", "x.onnx", pad.sha256(), 0, null, null, "input", S, "NCHW", EncoderSpec.CENTRE_CROP,
                pad.mean(), pad.std(), "embedding", 1280, List.of("cpu"), null);
    }

    private static double expected(int value, int channel) {
        return (value / 255.0 - MEAN[channel]) / STD[channel];
    }

    private static float at(float[] t, int channel, int x, int y) {
        return t[channel * S * S + y * S + x];
    }

    @Test
    void everyValueOfAGradientImageInChannelPlaneOrder() {
        BufferedImage img = new BufferedImage(S, S, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) img.setRGB(x, y, (x << 16) | ((y + 16) << 8) | ((x * 7 + y * 3) % 256));
        }
        float[] t = new float[3 * S * S];
        new Preprocessor(pad).writeSquare(img, t, 0);
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                assertEquals(expected(x, 0), at(t, 0, x, y), 1e-5, "R at " + x + "," + y);
                assertEquals(expected(y + 16, 1), at(t, 1, x, y), 1e-5, "G at " + x + "," + y);
                assertEquals(expected((x * 7 + y * 3) % 256, 2), at(t, 2, x, y), 1e-5, "B at " + x + "," + y);
            }
        }
    }

    @Test
    void aTallPosterIsPaddedWithBlackBarsLeftAndRight() {
        float[] t = new Preprocessor(pad).tensor(solid(112, 224, new Color(200, 100, 50)));
        // 112 x 224 scales 1:1 and sits in columns 56..167; bars are black, i.e. (0 - mean) / std.
        for (int y = 2; y < S - 2; y += 7) {
            for (int x : new int[]{0, 20, 53, 221, 223}) assertPixel(t, x, y, 0, 0, 0, 1e-4);
            for (int x : new int[]{59, 100, 164}) assertPixel(t, x, y, 200, 100, 50, 1e-4);
        }
    }

    @Test
    void aWidePosterIsPaddedTopAndBottomAndScaledDown() {
        // 448 x 224 scales by 1/2 to 224 x 112, rows 56..167.
        float[] t = new Preprocessor(pad).tensor(solid(448, 224, new Color(10, 220, 130)));
        for (int x = 2; x < S - 2; x += 9) {
            for (int y : new int[]{0, 30, 53, 170, 223}) assertPixel(t, x, y, 0, 0, 0, 1e-4);
            for (int y : new int[]{60, 112, 163}) assertPixel(t, x, y, 10, 220, 130, 1e-4);
        }
    }

    @Test
    void resizeKeepsEachBlockItsColour() {
        // 448 x 448 made of 16 px blocks -> 8 px blocks at 224. A block's middle pixels lie farther from its edges
        // than any usual filter reaches (bicubic with antialias: 4 source px), so they keep its colour exactly.
        BufferedImage img = new BufferedImage(448, 448, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 448; y++) for (int x = 0; x < 448; x++) img.setRGB(x, y, blockColour(x / 16, y / 16));
        float[] t = new Preprocessor(pad).tensor(img);
        for (int by = 0; by < 28; by++) {
            for (int bx = 0; bx < 28; bx += 3) {
                int c = blockColour(bx, by);
                for (int dy = 3; dy <= 4; dy++) {
                    for (int dx = 3; dx <= 4; dx++) {
                        assertPixel(t, bx * 8 + dx, by * 8 + dy, (c >> 16) & 255, (c >> 8) & 255, c & 255, 0.02);
                    }
                }
            }
        }
    }

    @Test
    void centreCropKeepsOnlyTheMiddleSquare() {
        BufferedImage img = new BufferedImage(224, 448, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 224, 112);
        g.setColor(new Color(30, 160, 90));
        g.fillRect(0, 112, 224, 224);
        g.setColor(Color.BLUE);
        g.fillRect(0, 336, 224, 112);
        g.dispose();
        float[] t = new Preprocessor(crop).tensor(img);
        for (int y = 2; y < S - 2; y += 5) for (int x = 0; x < S; x += 11) assertPixel(t, x, y, 30, 160, 90, 1e-4);
    }

    private static int blockColour(int bx, int by) {
        return ((bx * 37) % 256) << 16 | ((by * 53 + 20) % 256) << 8 | ((bx * 11 + by * 29 + 90) % 256);
    }

    private static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static void assertPixel(float[] t, int x, int y, int r, int g, int b, double tol) {
        assertEquals(expected(r, 0), at(t, 0, x, y), tol, "R at " + x + "," + y);
        assertEquals(expected(g, 1), at(t, 1, x, y), tol, "G at " + x + "," + y);
        assertEquals(expected(b, 2), at(t, 2, x, y), tol, "B at " + x + "," + y);
    }

    @Test
    void viewsAreTheSquaresAtTheStartMiddleAndEndOfTheLongerSide() {
        BufferedImage tall = new BufferedImage(4, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) for (int x = 0; x < 4; x++) tall.setRGB(x, y, y << 16 | x);
        assertEquals(0, Preprocessor.view(tall, "top").getRGB(0, 0) & 0xFF0000);
        assertEquals(3 << 16, Preprocessor.view(tall, "middle").getRGB(0, 0) & 0xFF0000);
        assertEquals(6 << 16 | 3, Preprocessor.view(tall, "bottom").getRGB(3, 0) & 0xFFFFFF);
        assertEquals(4, Preprocessor.view(tall, "bottom").getHeight());
        BufferedImage wide = new BufferedImage(10, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 10; x++) wide.setRGB(x, y, x << 16 | y);
        assertEquals(6 << 16 | 2, Preprocessor.view(wide, "bottom").getRGB(0, 2) & 0xFFFFFF, "wide: the right square");
        assertEquals(tall, Preprocessor.view(tall, "whole"));
    }
}
