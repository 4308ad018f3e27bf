import com.sun.glass.utils.NativeLibLoader;

/**
 * Smoke-test probe, run on the packaged runtime: loads JavaFX's native libraries the way the toolkit does
 * (glass, the GTK backend, prism, fonts, effects, image I/O). With them in the runtime's lib/ nothing is
 * unpacked into ~/.openjfx/cache; no display is needed because only the libraries are loaded.
 */
public final class FxProbe {
    public static void main(String[] args) {
        for (String lib : new String[]{"glass", "glassgtk3", "prism_es2", "prism_sw", "javafx_font",
                "javafx_font_freetype", "decora_sse", "javafx_iio"}) {
            NativeLibLoader.loadLibrary(lib);
        }
        System.out.println("fx-probe: JavaFX native libraries loaded from " + System.getProperty("java.home"));
    }
}
