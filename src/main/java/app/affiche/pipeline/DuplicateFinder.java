package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Poster;
import app.affiche.similar.DuplicateGroups;
import app.affiche.similar.DuplicateRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Finds the catalogue's groups of copies under a {@link DuplicateRule}. Posters imported before hashes were kept get
 * theirs computed from their files first ({@link #backfill}), decoded as the import decodes, and stored, so this
 * happens once. Embeddings of the given encoder settle the pairs the hash alone leaves open.
 */
public final class DuplicateFinder {
    private static final int STORE_EVERY = 200;

    private final Catalogue catalogue;
    private final String encoderId;
    private final DuplicateRule rule;

    /** Progress of computing missing hashes: posters done of total, and files that could not be read. */
    public record Progress(int done, int total, int failed) {
    }

    /** A poster whose file could not be hashed (moved, deleted, damaged): it takes part in no group. */
    public record Unhashed(long posterId, String path, String reason) {
    }

    /** @param encoderId embeddings to consult; null for the hash alone */
    public DuplicateFinder(Catalogue catalogue, String encoderId, DuplicateRule rule) {
        this.catalogue = catalogue;
        this.encoderId = encoderId;
        this.rule = rule;
    }

    /** Computes and stores the hashes posters lack; stops early (keeping what was stored) when cancelled. */
    public List<Unhashed> backfill(Consumer<Progress> progress, BooleanSupplier cancelled) {
        Map<Long, String> missing = catalogue.postersWithoutPerceptualHash();
        PosterDecoder decoder = new PosterDecoder();
        List<Unhashed> failed = new ArrayList<>();
        Map<Long, Long> pending = new LinkedHashMap<>();
        int done = 0;
        for (var e : missing.entrySet()) {
            if (cancelled.getAsBoolean()) break;
            try {
                pending.put(e.getKey(), PerceptualHash.dct(decoder.read(Path.of(e.getValue()), PosterPreparer.DECODE_MIN_SIDE)));
            } catch (DecodeException | RuntimeException ex) {
                failed.add(new Unhashed(e.getKey(), e.getValue(), ex.getMessage()));
            }
            done++;
            if (pending.size() >= STORE_EVERY) {
                catalogue.putPerceptualHashes(pending);
                pending.clear();
            }
            progress.accept(new Progress(done, missing.size(), failed.size()));
        }
        catalogue.putPerceptualHashes(pending);
        return failed;
    }

    /** The groups among posters that have a hash, numbered from 1 in the order of their first poster's id. */
    public List<DuplicateGroup> groups() {
        Map<Long, Long> hashes = catalogue.perceptualHashes();
        long[] ids = hashes.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] bits = hashes.values().stream().mapToLong(Long::longValue).toArray();
        // embeddings are read only once a pair needs one (most catalogues have few pairs between sure and loose)
        var lazy = new Object() {
            Map<Long, float[]> embeddings;
        };
        List<DuplicateGroups.Pair> pairs = DuplicateGroups.pairs(bits, rule, (a, b) -> {
            if (encoderId == null) return Double.NaN;
            if (lazy.embeddings == null) lazy.embeddings = catalogue.embeddings(encoderId);
            return DuplicateGroups.cosine(lazy.embeddings.get(ids[a]), lazy.embeddings.get(ids[b]));
        });
        List<List<Integer>> found = DuplicateGroups.groups(ids.length, pairs);
        if (found.isEmpty()) return List.of();
        Map<Long, Poster> posters = catalogue.posters(PosterFilter.ALL).stream()
                .collect(Collectors.toMap(Poster::id, p -> p));
        Set<Long> curator = catalogue.curatorConfirmed();
        int[] widest = new int[ids.length]; // per position: the widest joined pair it is part of
        for (DuplicateGroups.Pair p : pairs) {
            widest[p.a()] = Math.max(widest[p.a()], p.bits());
            widest[p.b()] = Math.max(widest[p.b()], p.bits());
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Integer> g : found) {
            List<Poster> members = g.stream().map(i -> posters.get(ids[i])).filter(p -> p != null)
                    .sorted(KEEP_FIRST).toList();
            if (members.size() < 2) continue; // removed since the hashes were read
            int max = g.stream().mapToInt(i -> widest[i]).max().orElse(0);
            Set<Long> labelled = members.stream().map(Poster::id).filter(curator::contains).collect(Collectors.toSet());
            out.add(new DuplicateGroup(out.size() + 1, members, labelled, max));
        }
        return out;
    }

    /** The copy a merge keeps: most pixels, then most bytes (less compressed), then the oldest. */
    static final Comparator<Poster> KEEP_FIRST = Comparator
            .comparingLong((Poster p) -> -(long) p.width() * p.height())
            .thenComparingLong(p -> -p.sizeBytes())
            .thenComparingLong(Poster::id);
}
