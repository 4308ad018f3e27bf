package app.affiche.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import app.affiche.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The default encoder's vectors are bit for bit those of a plain ONNX Runtime session on the same graph with a heap
 * input tensor, outputs read by ORT's own getValue() and pooled as before: how the encoder feeds the session (a
 * reused direct buffer), reads outputs back (one copy) and holds its memory (no CPU arena) changes no bit. The
 * heads and the stored catalogue depend on that.
 */
class EmbeddingBitsTest {
    @Test
    void defaultEncoderVectorsEqualAPlainSessionsBitForBit() throws Exception {
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32-style");
        Path file = SharedData.models().resolve(spec.file());
        List<Path> posters = TestImages.sharedPosters(12);
        Preprocessor pre = new Preprocessor(spec);
        float[] tensors = new float[posters.size() * pre.tensorLength()];
        for (int i = 0; i < posters.size(); i++) {
            pre.write(new app.affiche.imaging.PosterDecoder().read(posters.get(i), pre.side()), tensors, i * pre.tensorLength());
        }
        float[][] ours;
        try (Encoder encoder = Encoders.open(spec, file, new Encoders.Options(DeviceChoice.CPU, 1), m -> { })) {
            ours = encoder.embedTensors(tensors, posters.size());
            float[][] again = encoder.embedTensors(tensors, posters.size()); // the reused input buffer, second time round
            for (int i = 0; i < ours.length; i++) assertArrayEquals(ours[i], again[i]);
        }
        float[][] reference = plainSession(spec, file, tensors, posters.size() * pre.viewCount());
        assertEquals(posters.size(), ours.length);
        for (int i = 0; i < ours.length; i++) {
            assertEquals(spec.dimension(), ours[i].length);
            for (int d = 0; d < ours[i].length; d++) {
                assertEquals(Float.floatToRawIntBits(reference[i][d]), Float.floatToRawIntBits(ours[i][d]),
                        posters.get(i) + " value " + d + ": " + ours[i][d] + " vs " + reference[i][d]);
            }
        }
        assertNotEquals(ours[0][0], ours[1][0], "different posters give different vectors");
    }

    /** One session with default memory settings and one thread, as the encoder had before; pooling as before. */
    private static float[][] plainSession(EncoderSpec spec, Path file, float[] tensors, int views) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int side = spec.inputSize();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            try (OrtSession session = env.createSession(Encoders.sessionModel(spec, file), options);
                 OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensors), new long[]{views, 3, side, side});
                 OrtSession.Result result = session.run(Map.of(spec.inputName(), input))) {
                float[][] base = (float[][]) result.get(spec.outputName()).orElseThrow().getValue();
                List<PooledFeature> pooled = spec.pooledList();
                float[][] perView = new float[views][];
                for (int v = 0; v < views; v++) {
                    float[] out = new float[spec.dimension()];
                    System.arraycopy(base[v], 0, out, 0, base[v].length);
                    PooledFeature.normalise(out, 0, base[v].length);
                    int at = base[v].length;
                    for (PooledFeature f : pooled) {
                        float[][][] map = (float[][][]) ((Object[]) result.get(f.tensor()).orElseThrow().getValue())[v];
                        int channels = map.length, positions = map[0].length * map[0][0].length;
                        float[] flat = new float[channels * positions];
                        for (int c = 0; c < channels; c++) {
                            for (int y = 0; y < map[c].length; y++) {
                                System.arraycopy(map[c][y], 0, flat, c * positions + y * map[c][y].length, map[c][y].length);
                            }
                        }
                        f.pool(flat, 0, channels, positions, out, at);
                        PooledFeature.normalise(out, at, f.length(channels));
                        at += f.length(channels);
                    }
                    perView[v] = out;
                }
                return Encoder.meanOfViews(perView, spec.viewList().size());
            }
        }
    }
}
