package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.RemovedPosters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove posters from the catalogue with their labels, palette and embeddings, in one step.",
                "The image files are not touched; importing one again adds it back as new."})
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "POSTER", description = "Catalogue id, SHA-256 prefix or file path.")
    List<String> posters;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            try (Catalogue catalogue = CliSupport.open(root)) {
                Set<Long> ids = new LinkedHashSet<>();
                int unknown = 0;
                for (String ref : posters) {
                    try {
                        ids.add(PosterRef.resolve(catalogue, ref));
                    } catch (IllegalArgumentException e) {
                        spec.commandLine().getErr().println(e.getMessage());
                        unknown++;
                    }
                }
                RemovedPosters removed = catalogue.removePosters(ids);
                spec.commandLine().getOut().printf("Removed %d poster%s%s; the image files are untouched%n",
                        removed.count(), removed.count() == 1 ? "" : "s",
                        removed.count() == 0 ? "" : " " + removed.posterIds());
                return unknown == 0 ? AfficheCommand.OK : AfficheCommand.SOME_FAILED;
            }
        });
    }
}
