package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche train`, `tag` and `bench heads` end to end on a real catalogue with generated embeddings. */
class HeadsCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = AfficheCommand.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void populate(Path db) {
        Random r = new Random(5);
        try (Catalogue c = Catalogue.open(db)) {
            for (int i = 0; i < 200; i++) {
                long id = c.addPoster(new NewPoster(String.format("%064x", i + 7), "p" + i + ".jpg", 10, 10, 15, "jpeg",
                        null, 1960 + (i % 5) * 10, null, null));
                float[] v = new float[16];
                for (int j = 0; j < v.length; j++) v[j] = (float) r.nextGaussian();
                c.putEmbedding(id, HeadsCli.DEFAULT_ENCODER, v);
                if (i < 160) {
                    Set<String> g = new HashSet<>();
                    g.add(v[0] > 0 ? "Horror" : "Drama");
                    if (i < 3) g.add("Western");
                    c.setConfirmedLabels(id, g, LabelSource.IMPORT);
                }
            }
        }
    }

    @Test
    void trainWithoutLabelsSaysWhatToDo() {
        Run r = run("--catalogue", dir.resolve("empty.db").toString(), "train");
        assertEquals(AfficheCommand.SOME_FAILED, r.code());
        assertTrue(r.err().contains("no confirmed labels: label posters or `affiche import --labels CSV` first"), r.err());
    }

    @Test
    void trainThenTag() {
        Path db = dir.resolve("c.db");
        populate(db);
        Run train = run("--catalogue", db.toString(), "train");
        assertEquals(AfficheCommand.OK, train.code(), train.err());
        assertTrue(train.out().contains("trained on 160 confirmed posters"), train.out());
        assertTrue(train.out().contains("Western (3 examples, needs 10)"), train.out());
        assertTrue(train.out().lines().anyMatch(l -> l.startsWith("1960s")), train.out());
        // per-genre out-of-fold F1 of the global heads, one line per trained genre; their mean is the macro column
        assertTrue(train.out().contains("genre F1 (global, out of fold):"), train.out());
        double sum = 0;
        for (String genre : List.of("Drama", "Horror")) {
            String line = train.out().lines().filter(l -> l.startsWith("  " + genre + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(genre + " F1 missing:\n" + train.out()));
            double f1 = Double.parseDouble(line.substring(genre.length() + 2).strip());
            assertTrue(f1 > 0 && f1 <= 1, line);
            sum += f1;
        }
        double macro = Double.parseDouble(train.out().lines().filter(l -> l.startsWith("global ")).findFirst()
                .orElseThrow().split("\\s+")[4]);
        assertEquals(macro, sum / 2, 0.0011, train.out());
        assertTrue(train.out().lines().noneMatch(l -> l.startsWith("  Western ")), "Western was not trained: " + train.out());
        Run tag = run("--catalogue", db.toString(), "tag");
        assertEquals(AfficheCommand.OK, tag.code(), tag.err());
        assertTrue(tag.out().startsWith("tagged 200 posters"), tag.out());
    }

    @Test
    void benchHeadsPrintsTimings() {
        Run r = run("--catalogue", dir.resolve("b.db").toString(), "bench", "heads", "--synthetic", "1500", "--dimension", "32");
        assertEquals(AfficheCommand.OK, r.code(), r.err());
        assertTrue(r.out().contains("retrain all heads (1500 generated labels, 32-d)"), r.out());
        assertTrue(r.out().contains("predict one poster"), r.out());
    }
}
