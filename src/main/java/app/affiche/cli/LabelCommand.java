package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.PosterFilter;
import app.affiche.pipeline.BulkLabels;
import app.affiche.poster.Decade;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Set a poster's confirmed genres, and optionally its year and title, in one step, as curator: "
                + "no import replaces them.",
                "Many posters at once: name them (POSTER...) or pick them with --where-genre/--decade/--unlabelled, "
                        + "and --add/--remove genres; each changed poster's genres become the curator's, all in one "
                        + "transaction (--dry-run shows the change).",
                "Genres must be in the catalogue's vocabulary; --add-genre adds new ones such as \"Film Noir\"."})
final class LabelCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "POSTER", description = "Catalogue id, SHA-256 prefix or file path.")
    List<String> posters = new ArrayList<>();

    @Option(names = "--genres", split = ",", paramLabel = "G", description = "Genres, comma-separated; replaces "
            + "the poster's confirmed genres.")
    List<String> genres;

    @Option(names = "--add", split = ",", paramLabel = "G", description = "Genres to add to each poster's confirmed ones.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", split = ",", paramLabel = "G", description = "Genres to take off each poster's confirmed ones.")
    List<String> remove = new ArrayList<>();

    @Option(names = "--where-genre", paramLabel = "G", description = "Only posters with this confirmed genre.")
    String whereGenre;

    @Option(names = "--decade", paramLabel = "D", converter = PosterFilterOptions.DecadeConverter.class,
            description = "Only posters of this decade, e.g. 1950s.")
    Decade decade;

    @Option(names = "--unlabelled", description = "Only posters without confirmed genres.")
    boolean unlabelled;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--year", paramLabel = "Y")
    Integer year;

    @Option(names = "--title", paramLabel = "T")
    String title;

    @Option(names = "--field", paramLabel = "NAME=VALUE", description = "Set an extra field (affiche field list); "
            + "repeatable; NAME= clears your value.")
    Map<String, String> fields;

    @Option(names = "--add-genre", description = "Add genres not yet in the vocabulary instead of refusing them.")
    boolean addGenre;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            boolean filtered = whereGenre != null || decade != null || unlabelled;
            boolean bulk = !add.isEmpty() || !remove.isEmpty();
            if (posters.isEmpty() && !filtered) throw new IllegalArgumentException("name the posters (POSTER...) or pick "
                    + "them with --where-genre, --decade or --unlabelled");
            if (!posters.isEmpty() && filtered) throw new IllegalArgumentException("give POSTER... or a filter "
                    + "(--where-genre, --decade, --unlabelled), not both");
            if (bulk && genres != null) throw new IllegalArgumentException("--genres replaces the genres; --add and "
                    + "--remove change them: give one or the other");
            if ((year != null || title != null || fields != null) && (filtered || posters.size() > 1)) {
                throw new IllegalArgumentException("--year, --title and --field label one poster at a time");
            }
            if (genres == null && year == null && title == null && fields == null && !bulk) {
                throw new IllegalArgumentException("nothing to set: give --genres, --add, --remove, --year, --title "
                        + "and/or --field");
            }
            if (year != null && (year < 1850 || year > 2100)) {
                throw new IllegalArgumentException("bad year " + year + " (expected 1850 to 2100)");
            }
            try (Catalogue catalogue = CliSupport.open(root)) {
                if (addGenre) {
                    Set<String> named = new LinkedHashSet<>(add);
                    if (genres != null) named.addAll(genres);
                    for (String g : catalogue.unknownGenres(named)) if (!g.isBlank()) catalogue.addGenre(g);
                }
                List<Long> ids = filtered ? matching(catalogue) : resolve(catalogue);
                return bulk || ids.size() > 1 ? bulk(catalogue, ids) : one(catalogue, ids.getFirst());
            }
        });
    }

    /** Every named poster, or a usage error naming each one not found (nothing is written then). */
    private List<Long> resolve(Catalogue catalogue) {
        List<Long> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String p : posters) {
            try {
                long id = PosterRef.resolve(catalogue, p);
                if (!ids.contains(id)) ids.add(id);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems) + "; nothing labelled");
        return ids;
    }

    private List<Long> matching(Catalogue catalogue) {
        if (whereGenre != null && !catalogue.unknownGenres(Set.of(whereGenre)).isEmpty()) {
            throw new IllegalArgumentException("unknown genre '" + whereGenre + "'; known: "
                    + String.join(", ", catalogue.genreVocabulary()));
        }
        PosterFilter f = new PosterFilter(whereGenre, decade, unlabelled ? Boolean.TRUE : null, null, Integer.MAX_VALUE, 0);
        return catalogue.posters(f).stream().map(Poster::id).toList();
    }

    private int one(Catalogue catalogue, long id) {
        Set<String> set = genres == null ? null : new LinkedHashSet<>(genres.stream()
                .map(String::strip).filter(g -> !g.isEmpty()).toList());
        if (fields != null) FieldLabels.check(catalogue, fields); // a bad value stops before anything is written
        if (dryRun) {
            spec.commandLine().getOut().printf("Would label poster %d%s (dry run: nothing written)%n", id,
                    set == null ? "" : ": " + String.join("|", set));
            return AfficheCommand.OK;
        }
        if (set != null || year != null || title != null)
            catalogue.applyLabelUpdates(List.of(new LabelUpdate(id, title, year, set, LabelSource.CURATOR)));
        if (fields != null) catalogue.setFieldValues(id, fields);
        spec.commandLine().getOut().printf("Labelled poster %d%s%n", id, set == null ? "" : ": " + String.join("|", set));
        return AfficheCommand.OK;
    }

    private int bulk(Catalogue catalogue, List<Long> ids) {
        BulkLabels.Plan plan;
        if (genres != null) { // the same genres for each named poster: a removal of the others plus an addition
            Set<String> set = BulkLabels.canonical(catalogue, genres);
            Set<String> others = new LinkedHashSet<>(catalogue.genreVocabulary());
            others.removeAll(set);
            plan = BulkLabels.plan(catalogue, ids, set, others);
        } else {
            plan = BulkLabels.plan(catalogue, ids, BulkLabels.canonical(catalogue, add), BulkLabels.canonical(catalogue, remove));
        }
        var out = spec.commandLine().getOut();
        if (dryRun) {
            for (BulkLabels.Change c : plan.changes()) {
                out.printf("%6d  %s -> %s%n", c.posterId(), String.join("|", c.before()), String.join("|", c.after()));
            }
        } else {
            BulkLabels.apply(catalogue, plan);
        }
        out.printf("%s %d poster(s) as curator labels; %d matched, %d already as asked%s%n",
                dryRun ? "Would label" : "Labelled", plan.changes().size(), ids.size(), plan.unchanged(),
                dryRun ? " (dry run: nothing written)" : "");
        return AfficheCommand.OK;
    }
}
