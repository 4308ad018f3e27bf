package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.pipeline.SuggestionAcceptance;
import app.affiche.pipeline.SuggestionAcceptance.Accepted;
import app.affiche.pipeline.SuggestionAcceptance.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accept the model's suggestions as curator labels for the posters matching the filter (the "
                + "filters of list), as Enter does on a selection in the workbench: a poster without confirmed "
                + "genres gets the suggestions at or above their threshold; one with confirmed genres keeps them.",
                "Suggestions come from affiche tag (or the workbench); --dry-run shows what would be accepted."})
final class AcceptCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Mixin
    PosterFilterOptions filterOptions;

    @Option(names = "--dry-run", description = "List what would be accepted; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the outcome as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            try (Catalogue catalogue = CliSupport.open(root)) {
                String encoder = HeadsCli.resolve(root.paths(), null);
                HeadsCli.migrateThresholdsFile(root, catalogue, encoder);
                Plan plan = SuggestionAcceptance.plan(catalogue, filterOptions.filter(catalogue),
                        app.affiche.pipeline.TrainedHeads.inForce(catalogue, encoder));
                if (!dryRun) SuggestionAcceptance.apply(catalogue, plan);
                if (json) printJson(plan);
                else printText(plan);
            }
            return AfficheCommand.OK;
        });
    }

    private void printText(Plan plan) {
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            for (Accepted a : plan.accepted()) {
                out.printf("%6d  %-40s  %s%n", a.poster().id(), a.poster().title() == null ? "" : a.poster().title(),
                        String.join("|", a.genres()));
            }
        }
        out.printf(Locale.ROOT, "%s %d suggestion(s) on %d poster(s) as curator labels%s; %d poster(s) matched%s%n",
                dryRun ? "Would accept" : "Accepted", plan.genres(), plan.accepted().size(),
                dryRun ? " (dry run: nothing written)" : "", plan.matching(), leftAlone(plan));
        if (plan.noThreshold() > 0) {
            out.printf(Locale.ROOT, "%d poster(s) have suggestions stored without their threshold (tagged by an "
                    + "older Affiche): run affiche tag again to accept them%n", plan.noThreshold());
        }
        out.flush();
    }

    private static String leftAlone(Plan plan) {
        List<String> parts = new ArrayList<>();
        if (plan.alreadyConfirmed() > 0) parts.add(plan.alreadyConfirmed() + " already have confirmed genres");
        if (plan.belowThreshold() > 0) {
            parts.add(plan.belowThreshold() + " have no suggestion at or above its threshold");
        }
        if (plan.untagged() > 0) parts.add(plan.untagged() + " not tagged yet");
        return parts.isEmpty() ? "" : ", left as they are: " + String.join(", ", parts);
    }

    private void printJson(Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dryRun", dryRun);
        out.put("matching", plan.matching());
        out.put("acceptedPosters", plan.accepted().size());
        out.put("acceptedGenres", plan.genres());
        out.put("alreadyConfirmed", plan.alreadyConfirmed());
        out.put("belowThreshold", plan.belowThreshold());
        out.put("noThreshold", plan.noThreshold());
        out.put("untagged", plan.untagged());
        out.put("posters", plan.accepted().stream()
                .map(a -> Map.of("id", a.poster().id(), "genres", a.genres())).toList());
        CliSupport.printJson(spec, out);
    }
}
