package app.affiche.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import app.affiche.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DJL encoder on real shared posters: its embeddings equal those of a raw ONNX Runtime session (DJL
 * bypassed) on the same independently built tensors, and batch size does not change them.
 */
class OnnxEncoderTest {
    private static EncoderSpec spec;
    private static Path modelFile;
    private static Encoder encoder;

    @BeforeAll
    static void open() throws Exception {
        spec = Manifest.builtIn().require("mobilenetv2-fp32");
        modelFile = SharedData.models().resolve(spec.file());
        encoder = Encoders.open(spec, modelFile, new Encoders.Options(DeviceChoice.CPU, 0), m -> { });
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void reportsWhatRuns() {
        assertEquals("mobilenetv2-fp32", encoder.id());
        assertEquals(1280, encoder.dimension());
        assertTrue(encoder.device().startsWith("CPU"), encoder.device());
    }

    @Test
    void matchesRawOnnxRuntimeOnSharedPosters() throws Exception {
        List<Path> posters = TestImages.sharedPosters(4);
        float[] tensors = TestImages.independentTensors(posters, spec);
        float[][] ours = encoder.embedTensors(tensors, posters.size());
        float[][] reference = rawOrt(tensors, posters.size());
        for (int i = 0; i < posters.size(); i++) {
            assertEquals(1280, ours[i].length);
            double cos = TestImages.cosine(ours[i], reference[i]);
            assertTrue(cos >= 0.999, posters.get(i) + ": cosine " + cos);
        }
        // Different posters give clearly different vectors (a constant output would pass the check above).
        assertTrue(TestImages.cosine(ours[0], ours[1]) < 0.99);
    }

    @Test
    void batchOfOneEqualsBatchOf32() throws Exception {
        List<Path> posters = TestImages.sharedPosters(32);
        float[] tensors = TestImages.independentTensors(posters, spec);
        float[][] together = encoder.embedTensors(tensors, 32);
        int len = 3 * 224 * 224;
        for (int i = 0; i < 32; i++) {
            float[] one = java.util.Arrays.copyOfRange(tensors, i * len, (i + 1) * len);
            double cos = TestImages.cosine(encoder.embedTensors(one, 1)[0], together[i]);
            assertTrue(cos >= 0.9999, posters.get(i) + ": cosine " + cos);
        }
    }

    /** The same model through ONNX Runtime's own Java API, without DJL. */
    private static float[][] rawOrt(float[] tensors, int n) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(modelFile.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensors), new long[]{n, 3, 224, 224});
             OrtSession.Result result = session.run(Map.of("input", input))) {
            return (float[][]) result.get("embedding").orElseThrow().getValue();
        }
    }
}
