package app.affiche.cli;

import app.affiche.ui.UiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Measure the workbench window on a generated catalogue: time to window shown, to the first "
                + "screen of thumbnails, and per screen while scrolling the grid. Needs a display (Xvfb is fine). "
                + "The generated catalogue lives in --home (a temporary folder by default) and is reused when present."})
final class BenchUiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--posters", defaultValue = "100000", description = "Posters in the catalogue (default: ${DEFAULT-VALUE}).")
    int posters;

    @Option(names = "--screens", defaultValue = "60", description = "Screens to scroll (default: ${DEFAULT-VALUE}).")
    int screens;

    @Option(names = "--home", paramLabel = "DIR", description = "Per-user folder for the generated catalogue.")
    Path home;

    @Option(names = "--drop", paramLabel = "FILE", description = "Also drop this new poster (repeatable: one drop "
            + "after the other) and time it until its suggestions are stored and shown (needs --home with an installed "
            + "encoder and trained heads).")
    java.util.List<Path> drops = new java.util.ArrayList<>();

    @Option(names = "--keys", defaultValue = "0", paramLabel = "N", description = "Also time N presses of → from the "
            + "catalogue opening while the encoder and heads load, and N more once idle: until the detail pane shows the "
            + "next poster (median, p95; needs --home with an installed encoder and trained heads for the start-up figure).")
    int keys;

    @Override
    public Integer call() throws Exception {
        Path dir = home != null ? home : Files.createTempDirectory("affiche-bench-ui");
        var out = spec.commandLine().getOut();
        out.printf("Machine: %d CPUs, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        int code = UiBenchmark.run(dir, posters, screens, drops, keys, out);
        out.flush();
        return code;
    }
}
