package app.affiche.cli;

import app.affiche.embedding.Encoder;
import app.affiche.heads.HeadsException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.DistinctPairs;
import app.affiche.pipeline.DuplicateBench;
import app.affiche.pipeline.DuplicateVariants;
import app.affiche.pipeline.EmbeddingCache;
import app.affiche.pipeline.FileEmbedder;
import app.affiche.pipeline.LabelledCsv;
import app.affiche.poster.AffichePaths;
import app.affiche.similar.DuplicateRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/** Precision and recall of duplicate rules on copies made from the shared posters, against distinct posters. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Make copies of N shared posters (resized, recompressed, cropped, colour-shifted, rescanned) and",
                "score duplicate rules (pHash, dHash, embedding cosine, combined) per kind of copy and overall;",
                "then count the pairs each rule joins among all the distinct posters of the CSV."})
final class BenchDuplicatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "posters.csv", description = "Posters (default: <affiche.shared or ../shared>/data/posters/posters.csv).")
    Path csv;

    @Option(names = "--posters", paramLabel = "N", defaultValue = "200",
            description = "Posters to copy (default: ${DEFAULT-VALUE}; 0: only the distinct check).")
    int posters;

    @Option(names = "--distinct", paramLabel = "M", defaultValue = "-1",
            description = "Distinct posters to check for false pairs (default: every poster of the CSV; 0: none).")
    int distinct;

    @Option(names = "--seed", defaultValue = "1", description = "Which posters, crops and noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder for the embedding rules (default: the default encoder).")
    String encoder;

    @Option(names = "--no-embeddings", description = "Hash rules only (no encoder needed).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws Exception {
        AffichePaths paths = ((AfficheCommand) spec.root().userObject()).paths();
        Path file = csv != null ? csv : Path.of(System.getProperty("affiche.shared", "../shared"), "data/posters/posters.csv");
        if (posters < 2 && posters != 0) return usage("--posters must be at least 2 (0: the distinct check alone), got " + posters);
        List<Path> all;
        try {
            all = LabelledCsv.read(file).stream().map(LabelledCsv.Row::file).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return usage("cannot read " + file + ": " + e.getMessage());
        }
        if (all.size() < 2) return usage(file + " lists fewer than 2 readable posters");
        List<Path> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        String id = noEmbeddings ? null : HeadsCli.resolve(paths, encoder);
        // the eval cache holds the shared posters' embeddings by SHA-256 (affiche eval / bench learn fill it)
        EmbeddingCache cache = id == null ? null
                : new EmbeddingCache(paths.home().resolve("cache").resolve("eval-embeddings-" + id + ".bin"));
        Map<String, DuplicateBench.PairRule> rules = BenchDuplicateRules.all(!noEmbeddings);
        if (posters > 0) {
            int code = copies(paths, file, shuffled.subList(0, Math.min(posters, shuffled.size())), id, cache, rules);
            if (code != AfficheCommand.OK) return code;
        }
        int m = distinct < 0 ? all.size() : Math.min(distinct, all.size());
        if (m > 1) BenchDuplicateRules.distinct(new DistinctPairs(all.subList(0, m), cache, System.err::println),
                rules, System.out);
        return AfficheCommand.OK;
    }

    /** The copies table: every rule's recall per kind of copy and its false pairs among the copies' originals. */
    private int copies(AffichePaths paths, Path file, List<Path> chosen, String id, EmbeddingCache cache,
                       Map<String, DuplicateBench.PairRule> rules) throws IOException {
        Path dir = Files.createTempDirectory("affiche-bench-duplicates");
        try {
            List<DuplicateBench.Item> items = new DuplicateBench().make(chosen, dir, seed, System.err::println);
            if (id != null) {
                try {
                    items = DuplicateBench.withEmbeddings(items, embed(paths, id, items, cache));
                } catch (HeadsException e) {
                    System.err.println("affiche bench duplicates: " + e.getMessage() + " (or use --no-embeddings)");
                    return AfficheCommand.SOME_FAILED;
                }
            }
            System.out.printf(Locale.ROOT, "bench duplicates: %d posters from %s, %d copies each (%s)%s%n", chosen.size(),
                    file, DuplicateVariants.values().length, describeKinds(), id == null ? ", hash rules only" : ", encoder " + id);
            DuplicateBench.Score best = BenchDuplicateRules.table(new DuplicateBench.Pairs(items), rules, System.out);
            System.out.printf(Locale.ROOT, "best F1: %s (F1 %.3f); in force: %s%n", best.rule(), best.f1(),
                    BenchDuplicateRules.name(DuplicateRule.DEFAULT));
            return AfficheCommand.OK;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Map<Path, float[]> embed(AffichePaths paths, String id, List<DuplicateBench.Item> items,
                                            EmbeddingCache cache) {
        List<Path> originals = items.stream().filter(i -> i.kind() == null).map(DuplicateBench.Item::file).toList();
        List<Path> copies = items.stream().filter(i -> i.kind() != null).map(DuplicateBench.Item::file).toList();
        Map<Path, float[]> out = new LinkedHashMap<>();
        try (Encoder enc = HeadsCli.openEncoder(paths, id)) {
            // the shared originals are usually in the eval cache already; the copies are new every run
            out.putAll(new FileEmbedder(enc, new PosterDecoder(), cache).embed(originals).embeddings());
            out.putAll(new FileEmbedder(enc, new PosterDecoder(), EmbeddingCache.inMemory()).embed(copies).embeddings());
        }
        return out;
    }

    private static String describeKinds() {
        List<String> d = new ArrayList<>();
        for (DuplicateVariants v : DuplicateVariants.values()) d.add(v.description());
        return String.join("; ", d);
    }

    private static int usage(String message) {
        System.err.println("affiche bench duplicates: " + message);
        return AfficheCommand.USAGE;
    }
}
