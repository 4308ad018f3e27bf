package app.affiche.pipeline.workers;

import app.affiche.catalogue.team.Claim;
import app.affiche.catalogue.team.WorkClaims;
import app.affiche.embedding.Encoder;
import app.affiche.pipeline.EmbedBatch;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code affiche embed} as one of several workers on a shared catalogue: claims a chunk of pending posters, embeds
 * it with the usual pipelined batch, stores it, lets the claims go, and again, until no poster is pending; when the
 * rest is claimed by others it waits, since a worker that dies leaves its posters to whoever is still running once
 * its lease runs out. A heartbeat renews this worker's leases meanwhile.
 */
public final class ClaimedEmbedding {
    /** After each chunk: this worker's totals and the posters left (held by anyone or nobody). */
    public record Progress(int embedded, int failed, int remaining) {
    }

    private final WorkClaims claims;
    private final Encoder encoder;
    private final EmbedBatch.ImageLoader decoder;
    private final EmbedBatch.Settings settings;
    private final ImageRoot root;
    private final Duration lease;
    private volatile boolean cancelled;
    private volatile EmbedBatch current;

    public ClaimedEmbedding(WorkClaims claims, Encoder encoder, EmbedBatch.ImageLoader decoder,
                            EmbedBatch.Settings settings, ImageRoot root, Duration lease) {
        this.claims = claims;
        this.encoder = encoder;
        this.decoder = decoder;
        this.settings = settings;
        this.root = root;
        this.lease = lease;
    }

    public void cancel() {
        cancelled = true;
        EmbedBatch b = current;
        if (b != null) b.cancel();
    }

    /** Posters per claim: a few batches, so a worker holds little more than it is working on. */
    int chunk() {
        return Math.max(8, 4 * EmbedBatch.postersPerBatch(settings, encoder.preprocessor()));
    }

    /** Runs until nothing is pending or it is cancelled; a lost server throws SQLException (what is stored stays). */
    public EmbedBatch.Result run(EmbedBatch.Sink sink, Consumer<Progress> progress) throws SQLException, InterruptedException {
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("worker-heartbeat").daemon().unstarted(r));
        long period = Math.max(100, lease.toMillis() / 3);
        beat.scheduleAtFixedRate(this::heartbeatQuietly, period, period, TimeUnit.MILLISECONDS);
        int embedded = 0, failed = 0;
        try {
            while (!cancelled) {
                List<Claim> got = claims.claim(chunk());
                if (got.isEmpty()) {
                    int remaining = claims.remaining();
                    if (remaining == 0) break;
                    progress.accept(new Progress(embedded, failed, remaining));
                    Thread.sleep(Math.min(1000, period)); // the rest is others': wait for them or their leases
                    continue;
                }
                EmbedBatch.Result r = embed(got, sink);
                claims.finished(got.stream().map(Claim::posterId).toList(), r.embedded(), r.failed());
                embedded += r.embedded();
                failed += r.failed();
                progress.accept(new Progress(embedded, failed, claims.remaining()));
            }
        } finally {
            beat.shutdownNow();
        }
        return new EmbedBatch.Result(embedded, failed, cancelled);
    }

    private EmbedBatch.Result embed(List<Claim> got, EmbedBatch.Sink sink) throws InterruptedException {
        List<EmbedBatch.Item> items = new ArrayList<>();
        Map<Path, String> expected = new HashMap<>();
        for (Claim c : got) {
            Path file = root.resolve(c.path());
            items.add(new EmbedBatch.Item(c.posterId(), file));
            expected.put(file, c.sha256());
        }
        EmbedBatch batch = new EmbedBatch(encoder, new Sha256Check(decoder, expected), settings);
        current = batch;
        if (cancelled) batch.cancel();
        try {
            return batch.run(items, sink, p -> { });
        } finally {
            current = null;
        }
    }

    private void heartbeatQuietly() {
        try {
            claims.heartbeat();
        } catch (SQLException e) {
            // the next claim or store meets the same failure and reports it; the lease simply runs out
        }
    }
}
