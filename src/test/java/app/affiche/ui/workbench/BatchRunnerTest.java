package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.ui.UiTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drop queue on the real import pipeline and a real catalogue, with generated image files. */
class BatchRunnerTest {
    @TempDir
    Path dir;

    private final List<Long> imported = new CopyOnWriteArrayList<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final List<BatchProgress> progress = new CopyOnWriteArrayList<>();
    private final BatchListener listener = new BatchListener() {
        @Override
        public void posterImported(Path file, long posterId) {
            imported.add(posterId);
        }

        @Override
        public void posterTagged(long posterId) {
        }

        @Override
        public void posterFailed(Failure failure) {
            failures.add(failure);
        }

        @Override
        public void progress(BatchProgress p) {
            progress.add(p);
        }
    };

    @Test
    void dropsAreImportedFailuresNamedAndADropDuringTheBatchJoinsIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> first = new ArrayList<>(UiTestData.writePosters(in, 6));
        Path broken = Files.writeString(in.resolve("broken.jpg"), "not a picture");
        first.add(broken);
        Path more = Files.createDirectories(dir.resolve("more"));
        List<Path> second = UiTestData.writePosters(more, 9).subList(6, 9);
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            PendingQueue pending = new PendingQueue(dir.resolve("home"));
            BatchRunner runner = new BatchRunner(new PipelineImport(catalogue, 2), TagStage.NONE, pending, listener);
            runner.enqueue(new DroppedFiles(List.of(in)).expand(), false);
            runner.enqueue(second, false);
            await(() -> !runner.running() && imported.size() + failures.size() >= 10);

            assertEquals(9, catalogue.count(PosterFilter.ALL));
            assertEquals(1, failures.size());
            assertEquals(broken.toAbsolutePath(), failures.getFirst().file().toAbsolutePath());
            assertTrue(!failures.getFirst().reason().isBlank(), "the reason is given");
            BatchProgress last = progress.getLast();
            assertEquals(new BatchProgress(9, 1, 10, last.elapsedMillis(), false, last.current()), last);
            assertEquals(List.of(), pending.load(), "nothing left pending once all finished");
        }
    }

    @Test
    void closingMidBatchKeepsTheRestForTheNextStartCancelForgetsIt() throws Exception {
        List<Path> files = UiTestData.writePosters(Files.createDirectories(dir.resolve("in")), 12);
        Path home = dir.resolve("home");
        AtomicInteger tagged = new AtomicInteger();
        Set<Long> taggedIds = ConcurrentHashMap.newKeySet();
        TagStage slow = new TagStage() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void tag(long posterId, Path file) throws Exception {
                Thread.sleep(80);
                taggedIds.add(posterId);
                tagged.incrementAndGet();
            }
        };
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            BatchRunner runner = new BatchRunner(new PipelineImport(catalogue, 2), slow, new PendingQueue(home), listener);
            runner.enqueue(files, false);
            await(() -> tagged.get() >= 3);
            runner.shutdown(5);
            int finished = tagged.get();
            assertTrue(finished < 12, "stopped before the end");

            List<Path> left = new PendingQueue(home).load();
            assertEquals(12 - finished, left.size(), "every unfinished file is kept for the next start");

            BatchRunner next = new BatchRunner(new PipelineImport(catalogue, 2), slow, new PendingQueue(home), listener);
            next.enqueue(left, true);
            await(() -> !next.running() && tagged.get() >= 12);
            assertEquals(12, taggedIds.size(), "the resumed batch finished the rest");
            assertEquals(List.of(), new PendingQueue(home).load());

            List<Path> again = UiTestData.writePosters(Files.createDirectories(dir.resolve("again")), 20).subList(12, 20);
            next.enqueue(again, false);
            await(() -> tagged.get() >= 13);
            next.cancel();
            await(() -> !next.running());
            assertTrue(tagged.get() < 20, "cancel stopped the batch");
            assertEquals(List.of(), new PendingQueue(home).load(), "cancelled files are not resumed");
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting");
            Thread.sleep(10);
        }
    }
}
