package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;

/** The embedding package's ONNX encoder over the shared mobilenetv2 fp32 file, on the CPU (skips when absent). */
public final class RealEncoder {
    private RealEncoder() {
    }

    public static Encoder open() throws Exception {
        return open("mobilenetv2-fp32");
    }

    /** The manifest entry {@code id} over its shared model file, e.g. the three-view default. */
    public static Encoder open(String id) throws Exception {
        EncoderSpec spec = Manifest.builtIn().require(id);
        return Encoders.open(spec, SharedData.models().resolve(spec.file()), new Encoders.Options(DeviceChoice.CPU, 0), m -> { });
    }
}
