package app.affiche.cli;

import app.affiche.embedding.EncoderException;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.PooledFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code src/bench/python-peer.py}: the same posters through the same graph with onnxruntime + Pillow + numpy, in
 * its own process, for bench embed's memory and time ratios. Says why when Python or its packages are missing.
 */
final class PythonPeer {
    /** What the peer measured, or why it did not run ({@code skipped} non-null). */
    record Figures(int posters, double seconds, long peakRssMib, String onnxruntime, String skipped) {
        static Figures skipped(String why) {
            return new Figures(0, 0, 0, null, why);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\"(posters|seconds|peak_rss_mib)\": *([0-9.]+)");
    private static final Pattern VERSION = Pattern.compile("\"onnxruntime\": *\"([^\"]+)\"");

    private PythonPeer() {
    }

    /** The script beside the checkout (src/bench/python-peer.py), or where -Daffiche.peer.script points. */
    static Path defaultScript() {
        return Path.of(System.getProperty("affiche.peer.script", "src/bench/python-peer.py"));
    }

    static Figures run(String python, Path script, EncoderSpec spec, Path modelFile, List<Path> files, int batch,
                       int threads, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) return Figures.skipped("no peer script at " + script.toAbsolutePath());
        Path model = work.resolve("peer-model.onnx");
        try {
            Files.write(model, Encoders.sessionModel(spec, modelFile));
        } catch (EncoderException e) {
            return Figures.skipped(e.getMessage());
        }
        Path list = work.resolve("peer-files.txt");
        Files.write(list, files.stream().map(f -> f.toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(python, script.toString(), "--model", model.toString(),
                "--list", list.toString(), "--batch", Integer.toString(batch), "--threads", Integer.toString(threads),
                "--side", Integer.toString(spec.inputSize()), "--views", String.join(",", spec.viewList()),
                "--output", spec.outputName()));
        List<String> pooled = spec.pooledList().stream().map(PooledFeature::tensor).toList();
        if (!pooled.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            for (PooledFeature f : spec.pooledList()) pairs.add(f.tensor() + ":" + f.pool());
            command.addAll(List.of("--pooled", String.join(",", pairs)));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Figures.skipped("cannot run " + python + " (" + e.getMessage() + ")");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(10, TimeUnit.MINUTES)) process.destroyForcibly();
        String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
        if (process.exitValue() != 0) {
            return Figures.skipped(last.isEmpty() ? python + " exited with " + process.exitValue() : last);
        }
        return parse(last);
    }

    static Figures parse(String json) {
        int posters = 0;
        double seconds = 0;
        long rss = 0;
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            switch (m.group(1)) {
                case "posters" -> posters = (int) Double.parseDouble(m.group(2));
                case "seconds" -> seconds = Double.parseDouble(m.group(2));
                default -> rss = Math.round(Double.parseDouble(m.group(2)));
            }
        }
        Matcher v = VERSION.matcher(json);
        if (posters == 0 || seconds <= 0) return Figures.skipped("the peer printed no figures: " + json);
        return new Figures(posters, seconds, rss, v.find() ? v.group(1) : "?", null);
    }
}
