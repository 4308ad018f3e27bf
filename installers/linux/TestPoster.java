import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws a small synthetic poster for the smoke test (java TestPoster.java OUT.jpg|OUT.png): a red-to-navy
 * sky, a yellow sun and a title band, so palette and predict have real, varied pixels to work on.
 */
public final class TestPoster {
    public static void main(String[] args) throws IOException {
        BufferedImage img = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(190, 30, 45), 0, 420, new Color(25, 30, 70)));
        g.fillRect(0, 0, 400, 600);
        g.setColor(new Color(245, 200, 60));
        g.fillOval(130, 160, 140, 140);
        g.setColor(new Color(20, 20, 25));
        g.fillRect(0, 440, 400, 160);
        g.setColor(new Color(240, 235, 220));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        g.drawString("SMOKE", 125, 530);
        g.dispose();
        File out = new File(args[0]);
        String format = out.getName().toLowerCase().endsWith(".png") ? "png" : "jpg";
        if (!ImageIO.write(img, format, out)) throw new IOException("no writer for " + format);
    }
}
