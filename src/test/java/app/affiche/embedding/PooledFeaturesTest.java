package app.affiche.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import app.affiche.SharedData;
import app.affiche.imaging.PosterDecoder;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print-style statistics of the default encoder: the pooling arithmetic, the in-memory graph edit that exposes
 * mid-level tensors (checked against a raw ONNX Runtime session), and the whole vector on real posters against
 * an independent computation from the single-view encoder and raw tensors.
 */
class PooledFeaturesTest {
    private static final Encoders.Options CPU = new Encoders.Options(DeviceChoice.CPU, 1);

    @Test
    void poolsMeanSpreadAndGramOfAKnownMap() {
        float[] map = {9, 1, 2, 3, 4, 0, 0, 2, 2}; // one leading float that is not part of the map
        float[] out = new float[7];
        new PooledFeature("t", "mean").pool(map, 1, 2, 4, out, 0);
        new PooledFeature("t", "std").pool(map, 1, 2, 4, out, 2);
        new PooledFeature("t", "gram").pool(map, 1, 2, 4, out, 4);
        assertArrayEquals(new float[]{2.5f, 1f, (float) Math.sqrt(1.25), 1f, 7.5f, 3.5f, 2f}, out, 1e-6f);
        assertEquals(3, new PooledFeature("t", "gram").length(2));
        assertEquals(2, new PooledFeature("t", "std").length(2));
    }

    @Test
    void aBadPoolIsNamedByTheManifestCheck() throws Exception {
        EncoderSpec style = Manifest.builtIn().require("mobilenetv2-fp32-style");
        EncoderSpec bad = withPooled(style, List.of(new PooledFeature("426", "median")), style.dimension());
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("median") && p.contains("gram")), bad.problems().toString());
    }

    @Test
    void exposedTensorsLeaveTheEmbeddingUnchanged() throws Exception {
        byte[] original = Files.readAllBytes(SharedData.models().resolve("mobilenetv2-12-fp32.onnx"));
        byte[] edited = GraphOutputs.withOutputs(original, List.of("426", "365"));
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        List<Path> posters = TestImages.sharedPosters(2);
        float[] tensors = TestImages.independentTensors(posters, spec);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession plain = env.createSession(original, new OrtSession.SessionOptions());
             OrtSession exposed = env.createSession(edited, new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensors), new long[]{2, 3, 224, 224});
             OrtSession.Result a = plain.run(Map.of("input", input));
             OrtSession.Result b = exposed.run(Map.of("input", input))) {
            assertArrayEquals(new long[]{2, 96, 14, 14}, ((OnnxTensor) b.get("426").orElseThrow()).getInfo().getShape());
            assertArrayEquals(new long[]{2, 32, 28, 28}, ((OnnxTensor) b.get("365").orElseThrow()).getInfo().getShape());
            float[][] before = (float[][]) a.get("embedding").orElseThrow().getValue();
            float[][] after = (float[][]) b.get("embedding").orElseThrow().getValue();
            for (int i = 0; i < 2; i++) assertArrayEquals(before[i], after[i], 1e-5f);
        }
        assertThrows(IllegalArgumentException.class, () -> GraphOutputs.withOutputs(new byte[]{7, 7, 7}, List.of("x")));
    }

    @Test
    void styleVectorIsTheViewsMeanOfUnitBlocks() throws Exception {
        EncoderSpec style = Manifest.builtIn().require("mobilenetv2-fp32-style");
        EncoderSpec one = Manifest.builtIn().require("mobilenetv2-fp32");
        Path file = SharedData.models().resolve(one.file());
        PosterDecoder decoder = new PosterDecoder();
        List<BufferedImage> posters = new ArrayList<>();
        for (Path p : TestImages.sharedPosters(2)) posters.add(decoder.read(p, 224));
        float[][] ours;
        try (Encoder encoder = Encoders.open(style, file, CPU, m -> { })) {
            assertEquals(2000, encoder.dimension());
            ours = encoder.embed(posters);
        }
        Preprocessor single = new Preprocessor(one);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] edited = GraphOutputs.withOutputs(Files.readAllBytes(file), List.of("426", "365"));
        try (OrtSession session = env.createSession(edited, new OrtSession.SessionOptions())) {
            for (int i = 0; i < posters.size(); i++) {
                float[] expected = new float[2000];
                for (String view : style.viewList()) {
                    float[] tensor = single.tensor(Preprocessor.view(posters.get(i), view));
                    float[] v = independentStyleVector(env, session, tensor);
                    for (int d = 0; d < 2000; d++) expected[d] += v[d] / 3;
                }
                for (int d = 0; d < 2000; d++) {
                    assertEquals(expected[d], ours[i][d], 2e-4f + 1e-3f * Math.abs(expected[d]), "poster " + i + " dim " + d);
                }
            }
        }
        assertTrue(TestImages.cosine(Arrays.copyOfRange(ours[0], 1472, 2000), Arrays.copyOfRange(ours[1], 1472, 2000)) < 0.999,
                "two posters' Gram blocks differ");
    }

    @Test
    void aTensorTheModelLacksOrAWrongDimensionIsNamed() throws Exception {
        EncoderSpec style = Manifest.builtIn().require("mobilenetv2-fp32-style");
        Path file = SharedData.models().resolve(style.file());
        EncoderSpec wrongSize = withPooled(style, style.pooledList(), 1999);
        var e = assertThrows(EncoderException.class, () -> Encoders.open(wrongSize, file, CPU, m -> { }));
        assertTrue(e.getMessage().contains("give 2000") && e.getMessage().contains("1999"), e.getMessage());
        EncoderSpec missing = withPooled(style, List.of(new PooledFeature("no_such_tensor", "mean")), 1376);
        var m = assertThrows(EncoderException.class, () -> Encoders.open(missing, file, CPU, n -> { }));
        assertTrue(m.getMessage().contains(file.toString()) && m.getMessage().contains("no_such_tensor"), m.getMessage());
    }

    /** One view's vector computed here, without DJL or the encoder's pooling: unit embedding, mean, spread, Gram. */
    private static float[] independentStyleVector(OrtEnvironment env, OrtSession session, float[] tensor) throws Exception {
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensor), new long[]{1, 3, 224, 224});
             OrtSession.Result r = session.run(Map.of("input", input))) {
            float[] embedding = ((float[][]) r.get("embedding").orElseThrow().getValue())[0];
            float[][][] mid = ((float[][][][]) r.get("426").orElseThrow().getValue())[0];
            float[][][] low = ((float[][][][]) r.get("365").orElseThrow().getValue())[0];
            List<Double> v = new ArrayList<>();
            List<Double> means = new ArrayList<>(), spreads = new ArrayList<>(), gram = new ArrayList<>();
            for (float[][] channel : mid) {
                double s = 0, q = 0;
                for (float[] row : channel) for (float x : row) { s += x; q += x * x; }
                means.add(s / 196);
                spreads.add(Math.sqrt(q / 196 - (s / 196) * (s / 196)));
            }
            for (int a = 0; a < 32; a++) {
                for (int b = a; b < 32; b++) {
                    double dot = 0;
                    for (int y = 0; y < 28; y++) for (int x = 0; x < 28; x++) dot += low[a][y][x] * low[b][y][x];
                    gram.add(dot / 784);
                }
            }
            List<Double> e = new ArrayList<>();
            for (float x : embedding) e.add((double) x);
            for (List<Double> block : List.of(e, means, spreads, gram)) {
                double norm = Math.sqrt(block.stream().mapToDouble(x -> x * x).sum());
                for (double x : block) v.add(x / norm);
            }
            float[] out = new float[v.size()];
            for (int i = 0; i < out.length; i++) out[i] = v.get(i).floatValue();
            return out;
        }
    }

    private static EncoderSpec withPooled(EncoderSpec s, List<PooledFeature> pooled, int dimension) {
        return new EncoderSpec(s.id(), s.file(), s.sha256(), s.bytes(), s.source(), s.licence(), s.inputName(), s.inputSize(),
                s.layout(), s.resize(), s.mean(), s.std(), s.outputName(), dimension, s.devices(), s.notes(), s.views(), pooled);
    }
}
