package app.affiche.pipeline.workers;

import app.affiche.SharedData;
import app.affiche.catalogue.team.TeamFixture;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.catalogue.team.WorkTask;
import app.affiche.catalogue.team.WorkerId;
import app.affiche.embedding.DeviceChoice;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderSpec;
import app.affiche.embedding.Encoders;
import app.affiche.embedding.Manifest;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EmbedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two claimed embedding runs on one real PostgreSQL database and the real ONNX encoder, over shared posters stored by
 * paths relative to the image root: each poster is embedded once, both workers do some, a file whose SHA-256 is not
 * the catalogued one fails with that reason.
 */
class ClaimedEmbeddingTest {
    private static Encoder encoder;

    @BeforeAll
    static void open() throws Exception {
        EncoderSpec spec = Manifest.builtIn().require("mobilenetv2-fp32");
        encoder = Encoders.open(spec, SharedData.models().resolve(spec.file()), new Encoders.Options(DeviceChoice.CPU, 0), m -> { });
    }

    @AfterAll
    static void close() {
        if (encoder != null) encoder.close();
    }

    @Test
    void twoWorkersEmbedEachPosterOnceAndAForeignFileFails() throws Exception {
        Path root = SharedData.posters();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("images"))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(40).toList();
        }
        TeamFixture db = new TeamFixture(0);
        ImageRoot mapped = new ImageRoot(root);
        for (int i = 0; i < files.size(); i++) {
            String sha = Sha256Check.of(files.get(i));
            // the last poster claims another file's bytes: its mapped file is not the poster
            db.addPoster(i + 1, i == files.size() - 1 ? "%064x".formatted(7) : sha, mapped.store(files.get(i)));
        }
        Map<Long, String> embeddedBy = new ConcurrentHashMap<>();
        List<Long> twice = new CopyOnWriteArrayList<>();
        Map<Long, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        PosterDecoder decoder = new PosterDecoder();
        List<Future<EmbedBatch.Result>> runs = Stream.of("a", "b").map(name -> pool.submit(() -> {
            try (WorkClaims claims = new WorkClaims(db.connect(), new WorkerId(name, 1, Instant.EPOCH), WorkTask.EMBED,
                    "enc", Duration.ofSeconds(30)); Connection store = db.connect()) {
                ClaimedEmbedding run = new ClaimedEmbedding(claims, encoder, f -> decoder.read(f, 224),
                        new EmbedBatch.Settings(2, 1, 1), new ImageRoot(root), Duration.ofSeconds(30));
                return run.run(new EmbedBatch.Sink() {
                    @Override
                    public void stored(long posterId, float[] embedding) {
                        if (embeddedBy.putIfAbsent(posterId, name) != null) twice.add(posterId);
                        try {
                            db.embedded(store, posterId);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public void failed(long posterId, String reason) {
                        failures.put(posterId, reason);
                        try (var s = store.prepareStatement("INSERT INTO embedding_failures(poster_id, encoder_id,"
                                + " reason, failed_at) VALUES (?, 'enc', ?, 0)")) {
                            s.setLong(1, posterId);
                            s.setString(2, reason);
                            s.executeUpdate();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }, p -> { });
            }
        })).toList();
        int embedded = 0;
        for (Future<EmbedBatch.Result> r : runs) embedded += r.get(300, TimeUnit.SECONDS).embedded();
        pool.shutdown();
        assertEquals(List.of(), twice, "embedded twice");
        assertEquals(files.size() - 1, embedded);
        assertEquals(files.size() - 1, embeddedBy.size());
        assertEquals(2, embeddedBy.values().stream().distinct().count(), "both workers did some: " + embeddedBy);
        assertEquals(1, failures.size());
        assertTrue(failures.get((long) files.size()).contains("not the catalogued poster's"), failures.toString());
    }
}
