package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.team.WorkCounts;
import app.affiche.catalogue.team.WorkerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Where the shared work stands: the workers, and per task done / pending / failed / claimed posters. Only reads. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Workers (alive: heartbeat within their lease) and, per task, posters done, pending, failed.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--encoder", paramLabel = "ID", description = "Encoder to count for (default: the manifest's default).")
    String encoder;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            String id = HeadsCli.resolve(root.paths(), encoder);
            try (Catalogue catalogue = CliSupport.openToRead(root)) {
                List<WorkCounts> counts = catalogue.workCounts(id);
                List<WorkerStatus> workers = catalogue.workers();
                if (json) printJson(counts, workers);
                else printText(counts, workers);
            }
            return AfficheCommand.OK;
        });
    }

    private void printText(List<WorkCounts> counts, List<WorkerStatus> workers) {
        PrintWriter out = spec.commandLine().getOut();
        for (WorkCounts c : counts) {
            out.printf("%-6s %-20s done %d, pending %d (claimed %d), failed %d%n", c.task(), c.encoderId(), c.done(),
                    c.pending(), c.claimed(), c.failed());
        }
        if (workers.isEmpty()) out.println("workers: none registered (a SQLite catalogue has one process at a time)");
        long alive = workers.stream().filter(WorkerStatus::alive).count();
        if (!workers.isEmpty()) out.printf("workers: %d alive of %d%n", alive, workers.size());
        for (WorkerStatus w : workers) {
            String state = w.alive() ? "alive" : w.stopped() ? "stopped" : "lost (no heartbeat within its lease)";
            out.printf("  %-40s %-5s %-20s %-8s done %d, failed %d, holding %d, last heartbeat %s%n", w.id(), w.task(),
                    w.encoderId(), state, w.done(), w.failed(), w.claims(), w.heartbeat());
        }
        out.flush();
    }

    private void printJson(List<WorkCounts> counts, List<WorkerStatus> workers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tasks", counts.stream().map(c -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("task", c.task());
            t.put("encoder", c.encoderId());
            t.put("done", c.done());
            t.put("pending", c.pending());
            t.put("claimed", c.claimed());
            t.put("failed", c.failed());
            return t;
        }).toList());
        m.put("workers", workers.stream().map(w -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", w.id());
            t.put("host", w.host());
            t.put("pid", w.pid());
            t.put("task", w.task());
            t.put("encoder", w.encoderId());
            t.put("alive", w.alive());
            t.put("stopped", w.stopped());
            t.put("done", w.done());
            t.put("failed", w.failed());
            t.put("holding", w.claims());
            t.put("started", w.started().toString());
            t.put("heartbeat", w.heartbeat().toString());
            return t;
        }).toList());
        CliSupport.printJson(spec, m);
    }
}
