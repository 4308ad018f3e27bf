package app.affiche.embedding;

import java.nio.file.Path;
import java.util.List;

/**
 * Child-process entry for {@link NoNetworkTest}: opens the encoder and embeds real posters. Deliberately does
 * not call Offline.enforce() itself: the encoder factory must make DJL offline on its own. With "--connect HOST
 * PORT" it first opens a socket, the control case proving the detector sees connections.
 */
public final class EmbedOnceMain {
    private EmbedOnceMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--connect")) {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(args[1], Integer.parseInt(args[2])), 300);
            } catch (java.io.IOException expected) {
                System.out.println("connect attempted: " + expected.getMessage());
            }
            return;
        }
        Path modelsDir = Path.of(args[0]);
        List<Path> posters = List.of(Path.of(args[1]), Path.of(args[2]));
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        try (Encoder encoder = Encoders.open(spec, modelsDir.resolve(spec.file()), Encoders.Options.defaults(), System.err::println)) {
            float[][] v = encoder.embedTensors(TestImages.independentTensors(posters, spec), posters.size());
            System.out.println("embedded " + v.length + " x " + v[0].length + " on " + encoder.device());
        }
    }
}
