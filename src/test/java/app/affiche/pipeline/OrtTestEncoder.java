package app.affiche.pipeline;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A plain ONNX Runtime session over the shared mobilenetv2 file, with the preprocessing its README gives
 * (pad to square with black, 224 px bicubic, RGB NCHW, ImageNet mean/std). A real encoder for these tests
 * until the embedding package's own one is merged; not the thing under test here.
 */
final class OrtTestEncoder implements Encoder {
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    private static final int SIDE = 224;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    OrtTestEncoder(Path model) throws OrtException {
        session = env.createSession(model.toString(), new OrtSession.SessionOptions());
    }

    @Override
    public String id() {
        return "test-mobilenetv2-fp32";
    }

    @Override
    public int dimension() {
        return 1280;
    }

    @Override
    public String device() {
        return "CPU";
    }

    @Override
    public float[][] embed(List<BufferedImage> images) throws EncoderException {
        int plane = SIDE * SIDE;
        FloatBuffer input = FloatBuffer.allocate(images.size() * 3 * plane);
        for (int n = 0; n < images.size(); n++) {
            int[] rgb = square(images.get(n)).getRGB(0, 0, SIDE, SIDE, null, 0, SIDE);
            for (int c = 0; c < 3; c++) {
                int shift = 16 - 8 * c;
                for (int i = 0; i < plane; i++)
                    input.put((n * 3 + c) * plane + i, (((rgb[i] >> shift) & 0xFF) / 255f - MEAN[c]) / STD[c]);
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[]{images.size(), 3, SIDE, SIDE});
             OrtSession.Result result = session.run(Map.of("input", tensor), java.util.Set.of("embedding"))) {
            return (float[][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new EncoderException("test encoder failed: " + e.getMessage(), e);
        }
    }

    // Merge fix (ui branch): the embedding package's Encoder gained these; the preview tests only call embed().
    @Override
    public app.affiche.embedding.Preprocessor preprocessor() {
        throw new UnsupportedOperationException("OrtTestEncoder embeds BufferedImages only");
    }

    @Override
    public float[][] embedTensors(float[] tensors, int count) {
        throw new UnsupportedOperationException("OrtTestEncoder embeds BufferedImages only");
    }

    private static BufferedImage square(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight(), side = Math.max(w, h);
        double scale = (double) SIDE / side;
        BufferedImage out = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        int dw = (int) Math.round(w * scale), dh = (int) Math.round(h * scale);
        g.drawImage(image, (SIDE - dw) / 2, (SIDE - dh) / 2, dw, dh, null);
        g.dispose();
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
