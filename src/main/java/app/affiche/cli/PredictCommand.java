package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.embedding.Encoder;
import app.affiche.heads.HeadsException;
import app.affiche.heads.Predictor;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.heads.FieldHead;
import app.affiche.pipeline.FieldHeads;
import app.affiche.pipeline.TrainedHeads;
import app.affiche.poster.Decade;
import app.affiche.poster.EraEstimate;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.poster.Prediction;
import com.google.gson.GsonBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Genres, decade and palette for image files, without adding them to the catalogue.")
final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Option(names = "--json", description = "One JSON document for all files.")
    boolean json;

    @Option(names = "--year", description = "The poster's known year (selects that decade's heads).")
    Integer year;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Override
    public Integer call() {
        encoder = HeadsCli.resolve(root.paths(), encoder);
        List<Map<String, Object>> out = new ArrayList<>();
        try (Catalogue catalogue = Catalogue.openReadOnly(root.paths().location())) {
            TrainedHeads.require(catalogue, encoder); // say "train first" before loading a model
            try (Encoder enc = HeadsCli.openEncoder(root.paths(), encoder)) {
                predict(catalogue, enc, out);
            }
        } catch (HeadsException e) {
            System.err.println("affiche predict: " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
        if (json) System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(out));
        else out.forEach(d -> System.out.print(text(d)));
        return out.size() == files.size() ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
    }

    private void predict(Catalogue catalogue, Encoder enc, List<Map<String, Object>> out) {
        Predictor predictor = TrainedHeads.load(catalogue, enc.id(), enc.dimension())
                .withCurator(HeadsCli.curator(root, catalogue, enc.id()));
        List<FieldHead> fieldHeads = FieldHeads.load(catalogue, enc.id(), enc.dimension());
        PosterDecoder decoder = new PosterDecoder();
        PaletteExtractor palettes = new PaletteExtractor();
        for (Path f : files) {
            try {
                // decoded for the encoder exactly as `affiche embed` does; the palette gets a finer copy
                float[] e = enc.embed(List.of(decoder.read(f, enc.preprocessor().side())))[0];
                Palette pal = palettes.extract(decoder.read(f, 512), PaletteExtractor.DEFAULT_COLOURS);
                Map<String, Object> d = document(f, predictor.predict(e, year), pal, predictor.estimateDecade(e), predictor);
                d.put("fields", FieldReadingJson.of(FieldHeads.read(fieldHeads, e)));
                out.add(d);
            } catch (Exception e) {
                System.err.println("affiche predict: " + f + ": " + e.getMessage());
            }
        }
    }

    private static Map<String, Object> document(Path f, Prediction p, Palette pal, Decade estimate, Predictor predictor) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file", f.toString());
        d.put("genres", probs(p.genres(), p));
        d.put("suggested", probs(p.suggested(), p));
        d.put("genre_probabilities", p.genreProbabilities());
        d.put("decade", estimate == null ? null : estimate.label());
        EraEstimate era = EraEstimate.of(p.decadeProbabilities());
        d.put("era", era == null ? null : era.range());
        d.put("era_probability", era == null ? null : era.probability());
        d.put("era_sure", era == null ? null : era.sure());
        d.put("era_text", era == null ? null : era.describe());
        Map<String, Double> dec = new LinkedHashMap<>();
        p.decadeProbabilities().forEach((k, v) -> dec.put(k.label(), v));
        d.put("decade_probabilities", dec);
        d.put("heads", p.heads());
        Map<String, Double> inForce = new LinkedHashMap<>();
        p.thresholds().forEach((g, t) -> inForce.put(g, predictor.inForce(g, t)));
        d.put("thresholds", inForce); // the curator's where he set one (affiche thresholds), as the window judges
        d.put("heads_thresholds", p.thresholds());
        d.put("pre1980_thresholds", p.pre1980());
        d.put("palette", pal.colours().stream().map(PredictCommand::hex).toList());
        d.put("dominant", hex(pal.dominant()));
        d.put("greys", pal.greys().stream().map(PredictCommand::hex).toList());
        return d;
    }

    private static Map<String, Double> probs(List<String> genres, Prediction p) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String g : genres) m.put(g, p.genreProbabilities().get(g));
        return m;
    }

    private static String hex(PaletteColor c) {
        return c == null ? null : c.hex();
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> d) {
        StringBuilder b = new StringBuilder(d.get("file") + "\n");
        b.append("  genres:    ").append(list((Map<String, Double>) d.get("genres"))).append('\n');
        b.append("  suggested: ").append(list((Map<String, Double>) d.get("suggested"))).append('\n');
        b.append("  era:       ").append(d.get("era_text")).append("  ")
                .append(list(top((Map<String, Double>) d.get("decade_probabilities")))).append('\n');
        b.append("  heads:     ").append(String.join(", ", (List<String>) d.get("heads")))
                .append(String.format(java.util.Locale.ROOT, "  (pre-1980 thresholds %.0f %%)", 100 * (double) d.get("pre1980_thresholds")))
                .append('\n');
        String fields = FieldReadingJson.text((Map<String, Map<String, Object>>) d.get("fields"));
        if (!fields.isEmpty()) b.append("  fields:    ").append(fields).append('\n');
        b.append("  palette:   ").append(d.get("palette")).append(" greys ").append(d.get("greys")).append('\n');
        return b.toString();
    }

    private static Map<String, Double> top(Map<String, Double> m) {
        Map<String, Double> t = new LinkedHashMap<>();
        m.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                .forEach(e -> t.put(e.getKey(), e.getValue()));
        return t;
    }

    private static String list(Map<String, Double> m) {
        if (m.isEmpty()) return "-";
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", k, v)));
        return b.toString();
    }
}
