package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.poster.LabelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Set a poster's confirmed genres, and optionally its year and title, in one step, as curator: "
                + "no import replaces them.",
                "Genres must be in the catalogue's vocabulary; --add-genre adds new ones such as \"Film Noir\"."})
final class LabelCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POSTER", description = "Catalogue id, SHA-256 prefix or file path.")
    String poster;

    @Option(names = "--genres", split = ",", paramLabel = "G", description = "Genres, comma-separated; replaces "
            + "the poster's confirmed genres.")
    List<String> genres;

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
            if (genres == null && year == null && title == null && fields == null) {
                throw new IllegalArgumentException("nothing to set: give --genres, --year, --title and/or --field");
            }
            if (year != null && (year < 1850 || year > 2100)) {
                throw new IllegalArgumentException("bad year " + year + " (expected 1850 to 2100)");
            }
            try (Catalogue catalogue = CliSupport.open(root)) {
                long id = PosterRef.resolve(catalogue, poster);
                Set<String> set = genres == null ? null : new LinkedHashSet<>(genres.stream()
                        .map(String::strip).filter(g -> !g.isEmpty()).toList());
                if (set != null && addGenre) {
                    for (String g : catalogue.unknownGenres(set)) catalogue.addGenre(g);
                }
                if (fields != null) FieldLabels.check(catalogue, fields); // a bad value stops before anything is written
                if (set != null || year != null || title != null)
                    catalogue.applyLabelUpdates(List.of(new LabelUpdate(id, title, year, set, LabelSource.CURATOR)));
                if (fields != null) catalogue.setFieldValues(id, fields);
                spec.commandLine().getOut().printf("Labelled poster %d%s%n", id,
                        set == null ? "" : ": " + String.join("|", set));
            }
            return AfficheCommand.OK;
        });
    }
}
