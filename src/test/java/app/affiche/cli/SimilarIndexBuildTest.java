package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.pipeline.AnnNeighbours;
import app.affiche.similar.AnnIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `affiche similar` building the similar-poster index for the first time, through the real launcher: a progress line
 * with the time left on stderr; SIGTERM (as Ctrl-C) stops it with exit code 1, keeping a part-built index that the
 * next run finishes instead of taking it for complete.
 */
class SimilarIndexBuildTest {
    private static final String ENCODER = "test-encoder";
    private static final int DIM = 512, POSTERS = 4_000;
    // 512-d: the build takes seconds even on a fast machine, so the signal comes while it runs
    private static final List<String> ANN_FROM_ZERO = List.of("-Daffiche.similar.annFrom=0");

    @TempDir
    Path tmp;

    @Test
    void stoppedBuildShowsProgressKeepsItsPostersAndIsFinishedNextTime() throws Exception {
        Path home = tmp.resolve("home");
        Path folder;
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            Map<Long, float[]> vectors = new LinkedHashMap<>();
            for (int i = 0; i < POSTERS; i++) vectors.put(c.addPoster(TestPosters.fake(i)), vector(i));
            c.putEmbeddings(ENCODER, vectors);
            folder = AnnNeighbours.folder(c.file(), ENCODER);
        }
        Path err = tmp.resolve("first.err");
        Process p = Cli.start(home, ANN_FROM_ZERO, err, "similar", "1", "--encoder", ENCODER);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String progress = "(?s).*similar-poster index: indexed [1-9]\\d*/" + POSTERS + ".*";
        while (!text(err).matches(progress) && p.isAlive() && System.nanoTime() < until) Thread.sleep(20);
        assertTrue(text(err).matches(progress), text(err));
        p.destroy(); // SIGTERM: handled as the first Ctrl-C
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops soon after the signal");
        assertEquals(AfficheCommand.SOME_FAILED, p.exitValue(), text(err));
        assertTrue(text(err).contains("stopping: keeping the posters indexed so far"), text(err));
        assertTrue(text(err).contains("the next `affiche similar` goes on from them"), text(err));
        int kept;
        try (AnnIndex read = AnnIndex.openReadOnly(folder, ENCODER, DIM)) {
            assertTrue(read.building(), "not taken for complete");
            kept = read.ids().length;
            assertTrue(kept > 0 && kept < POSTERS, kept + " posters kept");
        }

        Path err2 = tmp.resolve("second.err");
        Process again = Cli.start(home, ANN_FROM_ZERO, err2, "similar", "1", "--encoder", ENCODER, "--limit", "3");
        assertTrue(again.waitFor(180, TimeUnit.SECONDS));
        assertEquals(AfficheCommand.OK, again.exitValue(), text(err2));
        assertTrue(text(err2).contains("stopped with " + kept + " of " + POSTERS + " posters in"), text(err2));
        try (AnnIndex read = AnnIndex.openReadOnly(folder, ENCODER, DIM)) {
            assertFalse(read.building());
            assertEquals(POSTERS, read.ids().length);
        }
    }

    private static String text(Path err) throws java.io.IOException {
        return java.nio.file.Files.readString(err); // progress lines end in \r, not \n
    }

    private static float[] vector(int seed) {
        Random centre = new Random(seed % 16), noise = new Random(seed * 31L + 1);
        float[] v = new float[DIM];
        for (int d = 0; d < DIM; d++) v[d] = (float) Math.max(0, centre.nextGaussian() + 0.5 * noise.nextGaussian());
        return v;
    }
}
