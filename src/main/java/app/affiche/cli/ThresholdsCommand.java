package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.heads.HeadsCodec;
import app.affiche.heads.HeadsException;
import app.affiche.heads.Predictor;
import app.affiche.pipeline.TrainedHeads;
import app.affiche.poster.CuratorThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "thresholds", mixinStandardHelpOptions = true,
        description = {"Show or change the per-genre thresholds a suggestion is judged by: the heads' own, the "
                + "curator's where he set one (here or in the window's Thresholds…), and the one in force.",
                "The curator's are kept in the catalogue per encoder; a retrain keeps them. tag, predict, accept and "
                        + "the window all judge by the ones in force."})
final class ThresholdsCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder whose heads' thresholds (default: the default encoder).")
    String encoder;

    @Option(names = "--set", paramLabel = "GENRE=T", description = "Set a genre's threshold (above 0, at most 1); repeatable.")
    List<String> set = new ArrayList<>();

    @Option(names = "--reset", paramLabel = "GENRE", description = "Give a genre back to the heads' own threshold; repeatable.")
    List<String> reset = new ArrayList<>();

    @Option(names = "--all", description = "Give every genre and the suggestion band back to the heads' own.")
    boolean all;

    @Option(names = "--json", description = "Print the thresholds as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            encoder = HeadsCli.resolve(root.paths(), encoder);
            boolean change = all || !set.isEmpty() || !reset.isEmpty();
            try (Catalogue catalogue = change ? CliSupport.open(root) : CliSupport.openToRead(root)) {
                Predictor heads = new Predictor(HeadsCodec.decode(TrainedHeads.require(catalogue, encoder)));
                CuratorThresholds curator = HeadsCli.curator(root, catalogue, encoder);
                if (change) {
                    curator = changed(catalogue, heads, curator);
                    catalogue.setCuratorThresholds(encoder, curator);
                }
                print(heads.withCurator(curator));
                if (change) spec.commandLine().getErr().println("affiche thresholds: saved; suggestions already "
                        + "stored are judged by them at once (accept, the window); `affiche tag --all` re-tags");
            } catch (HeadsException e) {
                spec.commandLine().getErr().println("affiche thresholds: " + e.getMessage());
                return AfficheCommand.SOME_FAILED;
            }
            return AfficheCommand.OK;
        });
    }

    private CuratorThresholds changed(Catalogue catalogue, Predictor heads, CuratorThresholds curator) {
        if (all && !(set.isEmpty() && reset.isEmpty())) {
            throw new IllegalArgumentException("--all resets every threshold: give it alone, not with --set or --reset");
        }
        if (all) return CuratorThresholds.NONE;
        for (String g : reset) curator = curator.with(trainedGenre(catalogue, heads, g), null);
        for (String s : set) {
            int eq = s.lastIndexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--set " + s + ": expected GENRE=THRESHOLD, e.g. Drama=0.4");
            String genre = trainedGenre(catalogue, heads, s.substring(0, eq));
            double value;
            try {
                value = Double.parseDouble(s.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--set " + s + ": '" + s.substring(eq + 1) + "' is not a number");
            }
            curator = curator.with(genre, CuratorThresholds.requireThreshold(genre, value));
        }
        return curator;
    }

    /** The vocabulary's spelling of a genre the heads trained; anything else is a usage error saying why. */
    private static String trainedGenre(Catalogue catalogue, Predictor heads, String given) {
        String name = given.strip();
        for (String g : catalogue.genreVocabulary()) {
            if (!g.equalsIgnoreCase(name)) continue;
            if (!heads.ownThresholds().containsKey(g)) {
                throw new IllegalArgumentException("the heads did not train " + g + " (too few confirmed posters), so "
                        + "it has no threshold to move; trained: " + String.join(", ", heads.ownThresholds().keySet()));
            }
            return g;
        }
        throw new IllegalArgumentException("unknown genre '" + name + "'; known: "
                + String.join(", ", catalogue.genreVocabulary()));
    }

    private void print(Predictor p) {
        CuratorThresholds c = p.curator();
        double headsBand = p.heads().config().suggestionBand();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("encoder", encoder);
            List<Map<String, Object>> genres = new ArrayList<>();
            p.ownThresholds().forEach((g, own) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("genre", g);
                row.put("heads", own);
                row.put("curator", c.genres().get(g));
                row.put("in_force", p.inForce(g, own));
                genres.add(row);
            });
            doc.put("genres", genres);
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("heads", headsBand);
            band.put("curator", c.band());
            band.put("in_force", c.band() != null ? c.band() : headsBand);
            doc.put("band", band);
            CliSupport.printJson(spec, doc);
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Thresholds for encoder %s (all eras; a poster from before 1980 is judged by its era's, scaled alike)%n", encoder);
        out.printf("%-16s %7s %8s %9s%n", "genre", "heads", "curator", "in force");
        p.ownThresholds().forEach((g, own) -> out.printf(Locale.ROOT, "%-16s %7.3f %8s %9.3f%n", g, own,
                c.genres().containsKey(g) ? String.format(Locale.ROOT, "%.3f", c.genres().get(g)) : "-", p.inForce(g, own)));
        out.printf(Locale.ROOT, "suggestion band: %.0f %% below each threshold (%s)%n",
                100 * (c.band() != null ? c.band() : headsBand), c.band() != null ? "the curator's" : "the heads'");
        out.flush();
    }
}
