package app.affiche.imaging;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * libjpeg-turbo's TurboJPEG API (2.x functions, also in 3.x) through the FFM linker, when the library is
 * installed. The JDK's bundled libjpeg 6b takes ~0.7 ms for a 171×256 poster; libjpeg-turbo decodes the same
 * pixels (same integer IDCT and fancy upsampling: bit-identical) in ~0.2 ms, which is most of what end-to-end
 * embedding adds to inference. Optional: without the library every JPEG goes through ImageIO as before.
 * {@code -Daffiche.turbojpeg=off} switches it off; {@code -Daffiche.turbojpeg=/path/libturbojpeg.so} names it.
 */
final class TurboJpeg {
    static final int COLOURSPACE_YCBCR = 1;
    static final int COLOURSPACE_GREY = 2;
    private static final int PIXEL_FORMAT_BGRX = 3;
    private static final int FLAG_STOP_ON_WARNING = 8192;
    private static final ValueLayout.OfInt PIXEL = JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final Loaded LOADED = load();

    private final MethodHandle init;
    private final MethodHandle header;
    private final MethodHandle decompress;
    private final MethodHandle destroy;
    private final String library;

    private TurboJpeg(SymbolLookup lib, String library) {
        Linker linker = Linker.nativeLinker();
        MemoryLayout cLong = linker.canonicalLayouts().get("long"); // unsigned long jpegSize: 32 bits on Windows
        this.library = library;
        init = linker.downcallHandle(symbol(lib, "tjInitDecompress"), FunctionDescriptor.of(ADDRESS));
        header = sizeAsLong(linker.downcallHandle(symbol(lib, "tjDecompressHeader3"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, cLong, ADDRESS, ADDRESS, ADDRESS, ADDRESS)));
        decompress = sizeAsLong(linker.downcallHandle(symbol(lib, "tjDecompress2"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, cLong, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT)));
        destroy = linker.downcallHandle(symbol(lib, "tjDestroy"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /** The library when it loaded. */
    static Optional<TurboJpeg> instance() {
        return Optional.ofNullable(LOADED.turbo());
    }

    /** What decodes JPEGs, in words for {@code doctor} and benchmarks. */
    static String describe() {
        return LOADED.turbo() != null ? "libjpeg-turbo (" + LOADED.turbo().library + ")"
                : "ImageIO (libjpeg-turbo not used: " + LOADED.why() + ")";
    }

    /** Stored size and colour space (TJCS_*). */
    record Header(int width, int height, int colourspace) {
    }

    /** A decoded image: 0xRRGGBB ints, row by row. */
    record Decoded(int width, int height, int[] pixels) {
    }

    /**
     * Reads the header, asks {@code plan} for a scale (0: leave this file to ImageIO; 1, 2, 4 or 8: decode at
     * 1/n of the stored size, averaged in the DCT domain, which is also far faster), decodes. Null when refused
     * or when TurboJPEG reports any error or warning: a truncated or corrupt file then goes through ImageIO,
     * which names the damage.
     */
    Decoded decode(byte[] jpeg, ToIntFunction<Header> plan) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.equals(MemorySegment.NULL)) return null;
            try {
                MemorySegment src = arena.allocateFrom(ValueLayout.JAVA_BYTE, jpeg);
                MemorySegment out = arena.allocate(JAVA_INT, 4);
                int rc = (int) header.invokeExact(handle, src, (long) jpeg.length, out, out.asSlice(4), out.asSlice(8),
                        out.asSlice(12));
                Header h = new Header(out.getAtIndex(JAVA_INT, 0), out.getAtIndex(JAVA_INT, 1), out.getAtIndex(JAVA_INT, 3));
                if (rc != 0 || h.width() <= 0 || h.height() <= 0) return null;
                int n = plan.applyAsInt(h);
                if (n != 1 && n != 2 && n != 4 && n != 8) return null;
                int w = (h.width() + n - 1) / n, ht = (h.height() + n - 1) / n; // TJSCALED: what 1/n gives exactly
                MemorySegment dst = arena.allocate((long) w * ht * 4);
                rc = (int) decompress.invokeExact(handle, src, (long) jpeg.length, dst, w, 0, ht, PIXEL_FORMAT_BGRX,
                        FLAG_STOP_ON_WARNING);
                if (rc != 0) return null;
                int[] pixels = new int[w * ht];
                MemorySegment.copy(dst, PIXEL, 0, pixels, 0, pixels.length);
                for (int i = 0; i < pixels.length; i++) pixels[i] &= 0xFFFFFF; // BGRX sets X to 0xFF; INT_RGB keeps 0
                return new Decoded(w, ht, pixels);
            } finally {
                int ignored = (int) destroy.invokeExact(handle);
            }
        } catch (Throwable e) { // a failed downcall must not stop the batch: ImageIO tries and reports
            return null;
        }
    }

    private record Loaded(TurboJpeg turbo, String why) {
    }

    private static Loaded load() {
        String setting = System.getProperty("affiche.turbojpeg", "auto");
        if (setting.equalsIgnoreCase("off") || setting.equalsIgnoreCase("false")) return new Loaded(null, "switched off");
        List<String> names = setting.equalsIgnoreCase("auto") ? candidates() : List.of(setting);
        String why = "library not found (" + String.join(", ", names) + ")";
        for (String name : names) {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup(name, Arena.global());
                return new Loaded(new TurboJpeg(lib, name), null);
            } catch (IllegalArgumentException | UnsatisfiedLinkError e) {
                // not there under this name: try the next
            } catch (RuntimeException e) {
                why = name + ": " + e.getMessage();
            }
        }
        return new Loaded(null, why);
    }

    private static List<String> candidates() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (os.contains("win")) {
            names.add("turbojpeg.dll");
        } else if (os.contains("mac")) {
            names.add("libturbojpeg.0.dylib");
            names.add("/opt/homebrew/opt/jpeg-turbo/lib/libturbojpeg.0.dylib");
            names.add("/usr/local/opt/jpeg-turbo/lib/libturbojpeg.0.dylib");
        } else {
            names.add("libturbojpeg.so.0");
        }
        return names;
    }

    /** The size argument (C {@code unsigned long}, third) always taken as a Java long; narrowed where C's is 32-bit. */
    private static MethodHandle sizeAsLong(MethodHandle h) {
        return MethodHandles.explicitCastArguments(h, h.type().changeParameterType(2, long.class));
    }

    private static MemorySegment symbol(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new IllegalStateException("no symbol " + name));
    }
}
