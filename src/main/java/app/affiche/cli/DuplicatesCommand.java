package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.MergedCopies;
import app.affiche.pipeline.DuplicateFinder;
import app.affiche.pipeline.DuplicateGroup;
import app.affiche.poster.Poster;
import app.affiche.similar.DuplicateRule;
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

/**
 * Groups of copies of the same poster art (another scan, size, crop or JPEG quality) by perceptual hash and
 * embedding, and merging them. Listing only reads when every poster has its hash; otherwise (a catalogue from
 * before hashes were kept) the missing ones are computed from the files once and stored.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List groups of copies of the same poster (another scan, size, crop or JPEG quality).",
                "--merge N or --all keeps the largest copy of a group with every curator label, title and year,",
                "records the others' paths as its other paths and removes them (image files untouched)."})
final class DuplicatesCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Option(names = "--merge", paramLabel = "GROUP", description = "Merge this group (its number as listed).")
    Integer merge;

    @Option(names = "--all", description = "Merge every group.")
    boolean all;

    @Option(names = "--encoder", paramLabel = "ID",
            description = "Embeddings that settle near pairs (default: the default encoder; none stored: hashes alone).")
    String encoder;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            if (merge != null && all) throw new IllegalArgumentException("give --merge GROUP or --all, not both");
            if (merge != null && merge < 1) throw new IllegalArgumentException("--merge takes a group number from 1, got " + merge);
            String encoderId = HeadsCli.resolve(root.paths(), encoder);
            boolean writes = merge != null || all || needsHashes();
            try (Catalogue catalogue = writes ? CliSupport.open(root) : CliSupport.openToRead(root)) {
                DuplicateFinder finder = new DuplicateFinder(catalogue, encoderId, DuplicateRule.DEFAULT);
                List<DuplicateFinder.Unhashed> unhashed = finder.backfill(new HashProgress(), () -> false);
                for (DuplicateFinder.Unhashed u : unhashed) {
                    spec.commandLine().getErr().printf("affiche duplicates: poster #%d %s: %s%n", u.posterId(), u.path(), u.reason());
                }
                List<DuplicateGroup> groups = finder.groups();
                if (merge != null && merge > groups.size()) {
                    throw new IllegalArgumentException("no group " + merge + ": there " + (groups.size() == 1 ? "is 1" : "are " + groups.size()));
                }
                List<DuplicateGroup> chosen = all ? groups : merge != null ? List.of(groups.get(merge - 1)) : List.of();
                List<MergedCopies> merged = new ArrayList<>();
                for (DuplicateGroup g : chosen) merged.add(catalogue.mergeCopies(g.kept().id(), g.ids().subList(1, g.ids().size())));
                if (json) CliSupport.printJson(spec, document(groups, merged, unhashed));
                else print(groups, merged, unhashed.size());
                return unhashed.isEmpty() ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
            }
        });
    }

    private boolean needsHashes() {
        try (Catalogue c = CliSupport.openToRead(root)) {
            return !c.postersWithoutPerceptualHash().isEmpty();
        }
    }

    private void print(List<DuplicateGroup> groups, List<MergedCopies> merged, int unhashed) {
        PrintWriter out = spec.commandLine().getOut();
        for (DuplicateGroup g : groups) {
            out.printf(Locale.ROOT, "Group %d: %d copies (hashes within %d bits)%n", g.number(), g.members().size(), g.maxBits());
            for (Poster p : g.members()) {
                out.printf(Locale.ROOT, "  %s #%d  %dx%d  %,d bytes  %s  %s%n", p == g.kept() ? "keep" : "    ", p.id(),
                        p.width(), p.height(), p.sizeBytes(), g.curatorLabelled().contains(p.id()) ? "curator" : "-      ", p.path());
            }
        }
        out.printf(Locale.ROOT, "%d group%s of copies, %d posters in them%s%n", groups.size(), groups.size() == 1 ? "" : "s",
                groups.stream().mapToInt(g -> g.members().size()).sum(),
                unhashed == 0 ? "" : "; " + unhashed + " poster" + (unhashed == 1 ? "" : "s") + " could not be read");
        for (MergedCopies m : merged) {
            out.printf(Locale.ROOT, "Merged into #%d: removed %s, kept curator genres %s, %d other path%s recorded%n",
                    m.kept(), m.removed(), m.curatorGenres().isEmpty() ? "(none)" : String.join(", ", m.curatorGenres()),
                    m.pathsRecorded(), m.pathsRecorded() == 1 ? "" : "s");
        }
    }

    private static Map<String, Object> document(List<DuplicateGroup> groups, List<MergedCopies> merged,
                                                 List<DuplicateFinder.Unhashed> unhashed) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("groups", groups.stream().map(DuplicatesCommand::group).toList());
        d.put("merged", merged.stream().map(m -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kept", m.kept());
            x.put("removed", m.removed());
            x.put("curatorGenres", m.curatorGenres());
            x.put("pathsRecorded", m.pathsRecorded());
            return x;
        }).toList());
        d.put("unreadable", unhashed.stream().map(u -> Map.of("id", u.posterId(), "path", u.path(), "reason", u.reason())).toList());
        return d;
    }

    private static Map<String, Object> group(DuplicateGroup g) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("group", g.number());
        d.put("copies", g.members().size());
        d.put("keep", g.kept().id());
        d.put("maxBits", g.maxBits());
        d.put("posters", g.members().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", p.id());
            x.put("sha256", p.sha256());
            x.put("path", p.path());
            x.put("width", p.width());
            x.put("height", p.height());
            x.put("sizeBytes", p.sizeBytes());
            x.put("curatorLabels", g.curatorLabelled().contains(p.id()));
            x.put("title", p.title());
            x.put("year", p.year());
            return x;
        }).toList());
        return d;
    }

    /** Computing missing hashes: a line on stderr, at most twice a second. */
    private static final class HashProgress implements java.util.function.Consumer<DuplicateFinder.Progress> {
        private long last;

        @Override
        public void accept(DuplicateFinder.Progress p) {
            long now = System.nanoTime();
            boolean end = p.done() == p.total();
            if (!end && now - last < 500_000_000L) return;
            last = now;
            System.err.printf("\rhashing posters imported before duplicates were tracked: %d/%d, %d unreadable%s",
                    p.done(), p.total(), p.failed(), end ? System.lineSeparator() : "");
        }
    }
}
