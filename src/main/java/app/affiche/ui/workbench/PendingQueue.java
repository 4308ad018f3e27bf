package app.affiche.ui.workbench;

import app.affiche.ui.common.FxGuard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dropped paths not yet processed, kept in the per-user directory so a batch interrupted by closing the window
 * resumes on the next start. Two append-only journals (queued, finished) keep each step a one-line write;
 * {@link #load} subtracts one from the other and compacts. Background threads only.
 */
public final class PendingQueue {
    private final Path queued;
    private final Path finished;

    public PendingQueue(Path home) {
        this.queued = home.resolve("pending-drops.txt");
        this.finished = home.resolve("pending-done.txt");
    }

    public synchronized void add(List<Path> files) {
        FxGuard.requireBackground("PendingQueue.add");
        append(queued, files);
    }

    public synchronized void markFinished(Path file) {
        append(finished, List.of(file));
    }

    /** The paths still to do, in drop order; the journals are compacted to exactly these. */
    public synchronized List<Path> load() {
        FxGuard.requireBackground("PendingQueue.load");
        try {
            if (!Files.exists(queued)) return List.of();
            Map<String, Integer> done = new HashMap<>();
            if (Files.exists(finished)) {
                for (String line : Files.readAllLines(finished, StandardCharsets.UTF_8)) done.merge(line, 1, Integer::sum);
            }
            List<Path> left = new ArrayList<>();
            for (String line : Files.readAllLines(queued, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                if (done.getOrDefault(line, 0) > 0) done.merge(line, -1, Integer::sum);
                else left.add(Path.of(line));
            }
            rewrite(left);
            return left;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pending queue " + queued + ": " + e.getMessage(), e);
        }
    }

    /** Forgets everything queued (the user cancelled). */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(queued);
            Files.deleteIfExists(finished);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the pending queue " + queued + ": " + e.getMessage(), e);
        }
    }

    private void rewrite(List<Path> left) throws IOException {
        if (left.isEmpty()) {
            clear();
            return;
        }
        Path tmp = queued.resolveSibling(queued.getFileName() + ".tmp");
        Files.write(tmp, left.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Files.move(tmp, queued, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(finished);
    }

    private static void append(Path file, List<Path> paths) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            for (Path p : paths) text.append(p.toAbsolutePath()).append('\n');
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pending queue " + file + ": " + e.getMessage(), e);
        }
    }
}
