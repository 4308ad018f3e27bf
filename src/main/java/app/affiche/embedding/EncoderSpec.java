package app.affiche.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One manifest entry: everything needed to feed an ONNX image encoder and read its embedding, as data.
 * A CLIP or ResNet image tower fits by adding an entry; no code knows MobileNet.
 *
 * @param resize "pad-to-square" (black bars, whole poster in view) or "centre-crop"
 * @param layout only "NCHW" (float32, RGB planes) is supported
 * @param devices "cpu" and/or "gpu": where the file's operators can run
 * @param views   what the embedding averages, each view resized by {@code resize}: "whole" (the image),
 *                "top", "middle", "bottom" (the squares at the start, middle and end of the longer side: for a
 *                wide image, left, centre and right). Absent: ["whole"]. Several views cost one inference each.
 * @param pooled  statistics of intermediate tensors appended to the output (absent: none). With any, the output
 *                and each statistic are scaled to unit length, and {@code dimension} counts them all.
 */
public record EncoderSpec(String id, String file, String sha256, long bytes, String source, String licence,
                          String inputName, int inputSize, String layout, String resize, float[] mean, float[] std,
                          String outputName, int dimension, List<String> devices, String notes, List<String> views,
                          List<PooledFeature> pooled) {

    public static final String PAD_TO_SQUARE = "pad-to-square";
    public static final String CENTRE_CROP = "centre-crop";
    public static final List<String> VIEW_NAMES = List.of("whole", "top", "middle", "bottom");

    /** An entry with the single "whole" view. */
    public EncoderSpec(String id, String file, String sha256, long bytes, String source, String licence,
                       String inputName, int inputSize, String layout, String resize, float[] mean, float[] std,
                       String outputName, int dimension, List<String> devices, String notes) {
        this(id, file, sha256, bytes, source, licence, inputName, inputSize, layout, resize, mean, std, outputName,
                dimension, devices, notes, null, null);
    }

    /** An entry without pooled statistics. */
    public EncoderSpec(String id, String file, String sha256, long bytes, String source, String licence,
                       String inputName, int inputSize, String layout, String resize, float[] mean, float[] std,
                       String outputName, int dimension, List<String> devices, String notes, List<String> views) {
        this(id, file, sha256, bytes, source, licence, inputName, inputSize, layout, resize, mean, std, outputName,
                dimension, devices, notes, views, null);
    }

    /** The pooled statistics, empty when the entry names none. */
    public List<PooledFeature> pooledList() {
        return pooled == null ? List.of() : pooled;
    }

    /** The views, "whole" when the entry names none. */
    public List<String> viewList() {
        return views == null || views.isEmpty() ? List.of("whole") : views;
    }

    public boolean runsOnGpu() {
        return devices != null && devices.contains("gpu");
    }

    public boolean padsToSquare() {
        return PAD_TO_SQUARE.equals(resize);
    }

    /** Problems with this entry (empty when usable), each naming the field. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (blank(id)) p.add("id missing");
        if (blank(file) || file.contains("/") || file.contains("\\")) p.add("file must be a plain file name");
        if (sha256 == null || !sha256.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) p.add("sha256 must be 64 hex digits");
        if (blank(inputName)) p.add("inputName missing");
        if (inputSize < 16 || inputSize > 4096) p.add("inputSize must be 16..4096, is " + inputSize);
        if (!"NCHW".equals(layout)) p.add("layout must be NCHW, is " + layout);
        if (!PAD_TO_SQUARE.equals(resize) && !CENTRE_CROP.equals(resize)) {
            p.add("resize must be " + PAD_TO_SQUARE + " or " + CENTRE_CROP + ", is " + resize);
        }
        if (mean == null || mean.length != 3) p.add("mean must have 3 values (R, G, B)");
        if (std == null || std.length != 3) p.add("std must have 3 values (R, G, B)");
        else for (float s : std) if (!(s > 0)) p.add("std values must be > 0");
        if (blank(outputName)) p.add("outputName missing");
        if (dimension < 1) p.add("dimension must be >= 1");
        if (devices == null || devices.isEmpty()) p.add("devices must list cpu and/or gpu");
        for (String v : viewList()) if (!VIEW_NAMES.contains(v)) p.add("views must be among " + VIEW_NAMES + ", has " + v);
        for (PooledFeature f : pooledList()) {
            if (f == null || blank(f.tensor())) p.add("pooled entries need a tensor name");
            else if (!PooledFeature.POOLS.contains(f.pool())) p.add("pooled pool must be among " + PooledFeature.POOLS + ", has " + f.pool());
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
