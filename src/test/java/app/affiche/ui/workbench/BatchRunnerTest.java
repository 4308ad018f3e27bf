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
            runner.enqueue(new DroppedFiles(List.of(in)).expand().files(), false);
            runner.enqueue(second, false);
            await(() -> !runner.running() && imported.size() + failures.size() >= 10);

            assertEquals(9, catalogue.count(PosterFilter.ALL));
            assertEquals(1, failures.size());
            assertEquals(broken.toAbsolutePath(), failures.getFirst().file().toAbsolutePath());
            assertTrue(!failures.getFirst().reason().isBlank(), "the reason is given");
            BatchProgress last = progress.getLast();
            assertEquals(new BatchProgress(9, 1, 0, 10, last.elapsedMillis(), false, false, last.current()), last);
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

    @Test
    void aDropsCountsAddUpToTheFilesDroppedWithDuplicatesAndDamagedFilesInIt() throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        List<Path> old = UiTestData.writePosters(before, 2);
        Path in = Files.createDirectories(dir.resolve("drop"));
        List<Path> drop = new ArrayList<>(UiTestData.writePosters(in, 8).subList(2, 8)); // 6 new posters
        drop.add(Files.copy(old.getFirst(), in.resolve("renamed-copy.jpg"))); // catalogued before the drop
        drop.add(Files.copy(drop.getFirst(), in.resolve("twin.jpg"))); // the same image twice in this drop
        drop.add(Files.writeString(in.resolve("torn.jpg"), "not a picture"));
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            BatchRunner runner = new BatchRunner(new PipelineImport(catalogue, 2), TagStage.NONE, new PendingQueue(dir.resolve("home")), listener);
            runner.enqueue(old, false);
            await(() -> !runner.running() && progress.getLast().finished() == 2);
            runner.enqueue(drop, false);
            await(() -> !runner.running() && progress.getLast().total() == 9 && progress.getLast().finished() == 9);
            BatchProgress last = progress.getLast();
            assertEquals(List.of(6, 2, 1, 9), List.of(last.done(), last.skipped(), last.failed(), last.total()),
                    "6 new, 2 already catalogued, 1 damaged: the 9 files dropped");
            assertEquals(8, catalogue.count(PosterFilter.ALL));
        }
    }

    @Test
    void anEncoderStartingMidDropCountsEachPosterOnce() throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        List<Path> old = UiTestData.writePosters(before, 1);
        Path in = Files.createDirectories(dir.resolve("drop"));
        List<Path> drop = new ArrayList<>(UiTestData.writePosters(in, 31).subList(1, 31));
        drop.add(Files.writeString(in.resolve("torn.jpg"), "not a picture"));
        java.util.concurrent.atomic.AtomicBoolean encoder = new java.util.concurrent.atomic.AtomicBoolean();
        Set<Long> taggedIds = ConcurrentHashMap.newKeySet();
        TagStage tags = new TagStage() {
            @Override
            public boolean available() {
                return encoder.get();
            }

            @Override
            public void tag(long posterId, Path file) throws Exception {
                Thread.sleep(5);
                taggedIds.add(posterId);
            }
        };
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            // the drop's import does not return before the catch-up below is asked for, so the encoder really
            // starts mid-drop (on a fast machine the whole drop could otherwise finish first: two batches)
            java.util.concurrent.CountDownLatch catchUpAsked = new java.util.concurrent.CountDownLatch(1);
            PipelineImport pipeline = new PipelineImport(catalogue, 1);
            ImportStage held = new ImportStage() {
                @Override
                public void run(List<Path> files, Sink sink) {
                    pipeline.run(files, sink);
                    if (files.size() > 1) {
                        try {
                            catchUpAsked.await(20, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public void cancel() {
                    pipeline.cancel();
                }
            };
            BatchRunner runner = new BatchRunner(held, tags, new PendingQueue(dir.resolve("home")), listener);
            runner.enqueue(old, false);
            await(() -> !runner.running() && imported.size() == 1);
            runner.enqueue(drop, false);
            await(() -> imported.size() >= 6);
            // the encoder starts mid-drop: the window's catch-up asks for every catalogued poster lacking an embedding
            encoder.set(true);
            runner.enqueueCatalogued(app.affiche.pipeline.CatalogueEmbedding.pending(catalogue, "enc"), () -> { });
            catchUpAsked.countDown();
            // progress events come from the import and tag threads and can arrive out of order: wait for the
            // final one (the damaged file counted) rather than trusting whichever arrived last
            await(() -> !runner.running() && progress.stream().anyMatch(p -> p.failed() == 1 && p.finished() == p.total()));
            BatchProgress last = progress.stream().filter(p -> p.failed() == 1 && p.finished() == p.total())
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(32, last.total(), "31 files dropped + the 1 poster catalogued before, each once: " + last);
            assertEquals(1, last.failed());
            assertEquals(31, last.done() + last.skipped());
            assertEquals(31, taggedIds.size(), "every catalogued poster was tagged once the encoder ran");
            assertEquals(List.of(), new PendingQueue(dir.resolve("home")).load());
        }
    }

    @Test
    void pauseHoldsTheRestAndResumeFinishesItInTheSameCount() throws Exception {
        List<Path> files = UiTestData.writePosters(Files.createDirectories(dir.resolve("in")), 12);
        Path home = dir.resolve("home");
        AtomicInteger tagged = new AtomicInteger();
        TagStage slow = new TagStage() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void tag(long posterId, Path file) throws Exception {
                Thread.sleep(60);
                tagged.incrementAndGet();
            }
        };
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            BatchRunner runner = new BatchRunner(new PipelineImport(catalogue, 2), slow, new PendingQueue(home), listener);
            runner.enqueue(files, false);
            await(() -> tagged.get() >= 3);
            runner.pause();
            Thread.sleep(300); // the file being tagged finishes; nothing after it starts
            int held = tagged.get();
            Thread.sleep(300);
            assertEquals(held, tagged.get(), "paused: no further poster is tagged");
            assertTrue(held < 12);
            assertTrue(runner.running() && progress.getLast().paused(), "still a batch, paused: " + progress.getLast());
            assertEquals(12 - held, new PendingQueue(home).load().size(), "the rest is kept for Resume or the next start");

            runner.resume();
            await(() -> !runner.running());
            assertEquals(12, tagged.get());
            BatchProgress last = progress.getLast();
            assertEquals(List.of(12, 12, false), List.of(last.done(), last.total(), last.paused()), "one count: " + last);
            assertEquals(List.of(), new PendingQueue(home).load());
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
