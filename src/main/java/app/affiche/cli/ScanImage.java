package app.affiche.cli;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A generated large scan (gradients and texture, so the JPEG is realistic in size) for benchmarks. */
final class ScanImage {
    private ScanImage() {
    }

    static Path write(Path file, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width) ^ ((x * y) >> 9 & 31);
                int g = (y * 255 / height) ^ ((x + y) >> 3 & 15);
                int b = ((x ^ y) >> 4) & 255;
                row[x] = (r & 255) << 16 | (g & 255) << 8 | b;
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        if (!ImageIO.write(img, "jpg", file.toFile())) throw new IOException("no JPEG writer");
        return file;
    }
}
