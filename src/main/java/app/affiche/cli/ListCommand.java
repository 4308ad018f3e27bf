package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.Poster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List catalogued posters: id, SHA-256 prefix, year, title, confirmed genres, path.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Mixin
    PosterFilterOptions filterOptions;

    @Option(names = "--json", description = "Print a JSON array on stdout.")
    boolean json;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            try (Catalogue catalogue = CliSupport.openToRead(root)) {
                PosterFilter filter = filterOptions.filter(catalogue);
                List<Poster> posters = catalogue.posters(filter);
                Map<Long, Set<String>> genres = catalogue.confirmedGenres();
                if (json) printJson(posters, genres);
                else printText(posters, genres);
            }
            return AfficheCommand.OK;
        });
    }

    private void printText(List<Poster> posters, Map<Long, Set<String>> genres) {
        PrintWriter out = spec.commandLine().getOut();
        for (Poster p : posters) {
            out.printf("%6d  %s  %4s  %-40s  %-30s  %s%n", p.id(), p.sha256().substring(0, 12),
                    p.year() == null ? "" : p.year(), p.title() == null ? "" : p.title(),
                    String.join("|", genres.getOrDefault(p.id(), Set.of())), p.path());
        }
        out.flush();
    }

    private void printJson(List<Poster> posters, Map<Long, Set<String>> genres) {
        CliSupport.printJson(spec, posters.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("sha256", p.sha256());
            m.put("path", p.path());
            m.put("title", p.title());
            m.put("year", p.year());
            m.put("titleSource", p.titleSource() == null ? null : p.titleSource().key());
            m.put("yearSource", p.yearSource() == null ? null : p.yearSource().key());
            m.put("decade", p.decade() == null ? null : p.decade().label());
            m.put("genres", genres.getOrDefault(p.id(), Set.of()));
            m.put("width", p.width());
            m.put("height", p.height());
            m.put("format", p.format());
            return m;
        }).toList());
    }
}
