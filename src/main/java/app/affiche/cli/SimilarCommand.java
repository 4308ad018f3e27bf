package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.heads.HeadsException;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.AnnBuild;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.pipeline.PreviewSimilarPoster;
import app.affiche.poster.Poster;
import app.affiche.similar.Metric;
import app.affiche.similar.MetricFeedbackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * The catalogued posters nearest to a catalogued poster or to an image file, by the same search the designer
 * preview uses ({@link PreviewNeighbours}). Only reads the catalogue, so it works beside the open window; from
 * {@link PreviewNeighbours#ANN_FROM} posters it searches the approximate index beside the catalogue, bringing it
 * up to date first, or, while the window keeps that index, reading it as the window last saved it.
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"The catalogued posters most similar to a catalogued poster or to an image file.",
                "A file not in the catalogue is embedded with the encoder, as `affiche predict` does; nothing is stored."})
final class SimilarCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POSTER|FILE",
            description = "Catalogue id, SHA-256 prefix or path of an imported file; else an image file to embed.")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many posters (default: 10).")
    int limit;

    @Option(names = "--metric", paramLabel = "M", defaultValue = "cosine",
            description = "cosine, euclidean, manhattan or cosine_palette (default: cosine).")
    String metric;

    @Option(names = "--json", description = "A JSON array instead of text.")
    boolean json;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder (default: the manifest's default encoder).")
    String encoder;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
            Metric m = metric(metric);
            String encoderId = HeadsCli.resolve(root.paths(), encoder);
            try (Catalogue catalogue = CliSupport.openToRead(root);
                 PreviewNeighbours neighbours = new PreviewNeighbours(catalogue, encoderId,
                         MetricFeedbackStore.inHome(root.paths().home()), problem -> { })) {
                if (catalogue.count(PosterFilter.ALL) == 0) return fail("the catalogue is empty: import posters first");
                if (!buildIndex(neighbours))
                    return fail("stopped: the posters indexed so far are kept; the next `affiche similar` goes on from them");
                if (neighbours.indexedPosters() == 0)
                    return fail("no poster has an embedding for encoder " + encoderId + ": run `affiche embed` first");
                Long self = catalogued(catalogue, query);
                float[] embedding;
                try {
                    embedding = self != null ? catalogue.embedding(self, encoderId).orElse(null) : embedFile(encoderId);
                } catch (DecodeException | EncoderException | HeadsException e) {
                    return fail(query + ": " + e.getMessage());
                }
                if (embedding == null)
                    return fail("poster " + self + " has no embedding for encoder " + encoderId
                            + ": run `affiche embed` first");
                // one more than asked, so the poster itself can be left out
                List<PreviewSimilarPoster> found = neighbours.nearest(embedding,
                        self == null ? null : catalogue.palette(self).orElse(null), m, limit + 1,
                        perceptualHash(catalogue, self)).stream()
                        .filter(s -> self == null || s.poster().id() != self).limit(limit).toList();
                print(found);
                return AfficheCommand.OK;
            }
        });
    }

    /**
     * Opens the approximate index when the catalogue is large enough; its first build (minutes at 100k posters)
     * shows progress with the time left, and Ctrl-C stops it keeping what is indexed. False when stopped.
     */
    private static boolean buildIndex(PreviewNeighbours neighbours) {
        CountProgress counts = new CountProgress("similar-poster index: indexed");
        AnnBuild build = new AnnBuild(new AnnBuild.Listener() {
            @Override
            public void indexed(int done, int total) {
                counts.accept(done, total);
            }

            @Override
            public void merging() {
                System.err.println("similar-poster index: merging into one graph (Ctrl-C keeps it as it is)");
            }
        }, () -> false);
        try (StopSignals signals = new StopSignals(() -> {
            build.cancel();
            System.err.println(System.lineSeparator() + "stopping: keeping the posters indexed so far (Ctrl-C again: stop at once)");
        })) {
            neighbours.prepare(build);
            return true;
        } catch (CancellationException e) {
            return false;
        }
    }

    /** The poster the argument names, or null when it names a file that is not catalogued. */
    private static Long catalogued(Catalogue catalogue, String ref) {
        try {
            return PosterRef.resolve(catalogue, ref);
        } catch (IllegalArgumentException e) {
            if (Files.isRegularFile(Path.of(ref.strip()))) return null;
            throw e;
        }
    }

    /** The query's hash, so its copies are marked as copies rather than offered as similar (null: unknown). */
    private Long perceptualHash(Catalogue catalogue, Long self) {
        if (self != null) return catalogue.perceptualHashes().get(self);
        try {
            return PerceptualHash.dct(new PosterDecoder().read(Path.of(query.strip()), 512));
        } catch (DecodeException e) {
            return null; // embedding it worked, so this does not happen; without a hash nothing is marked
        }
    }

    /** Decoded and embedded exactly as `affiche predict` does. */
    private float[] embedFile(String encoderId) throws DecodeException, EncoderException {
        try (Encoder enc = HeadsCli.openEncoder(root.paths(), encoderId)) {
            return enc.embed(List.of(new PosterDecoder().read(Path.of(query.strip()), enc.preprocessor().side())))[0];
        }
    }

    private static Metric metric(String key) {
        try {
            return Metric.fromKey(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown metric '" + key + "' (cosine, euclidean, manhattan, cosine_palette)");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("affiche similar: " + message);
        return AfficheCommand.SOME_FAILED;
    }

    private void print(List<PreviewSimilarPoster> found) {
        if (json) {
            CliSupport.printJson(spec, found.stream().map(SimilarCommand::document).toList());
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        int rank = 1;
        for (PreviewSimilarPoster s : found) {
            Poster p = s.poster();
            out.printf(Locale.ROOT, "%2d  %.4f  #%d  %s (%s)  %s%s%n", rank++, s.distance(), p.id(),
                    p.title() == null ? "untitled" : p.title(), p.year() == null ? "year unknown" : p.year(), p.path(),
                    s.copy() ? "  [copy]" : "");
        }
    }

    private static Map<String, Object> document(PreviewSimilarPoster s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", s.poster().id());
        d.put("sha256", s.poster().sha256());
        d.put("title", s.poster().title());
        d.put("year", s.poster().year());
        d.put("path", s.poster().path());
        d.put("distance", s.distance());
        d.put("metric", s.metric().key());
        d.put("copy", s.copy());
        return d;
    }
}
