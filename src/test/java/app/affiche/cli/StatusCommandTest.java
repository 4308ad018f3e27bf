package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code affiche status} on a SQLite catalogue: counts per task from what is stored, no workers. */
class StatusCommandTest {
    @TempDir
    Path tmp;

    @Test
    void countsDonePendingAndFailedPerTask() {
        Path db = tmp.resolve("c.db");
        try (Catalogue c = Catalogue.open(db)) {
            long[] ids = new long[6];
            for (int i = 0; i < ids.length; i++) ids[i] = c.addPoster(TestPosters.fake(i + 1));
            c.putEmbedding(ids[0], "enc", new float[]{1, 0});
            c.putEmbedding(ids[1], "enc", new float[]{0, 1});
            c.putEmbedding(ids[2], "other", new float[]{0, 1});
            c.markEmbeddingFailed(ids[3], "enc", "broken");
            c.setModelLabels(ids[0], Map.of("Drama", 0.7));
        }
        CliRun run = CliRun.of("--catalogue", db.toString(), "status", "--encoder", "enc", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject embed = o.getAsJsonArray("tasks").get(0).getAsJsonObject();
        assertEquals("embed", embed.get("task").getAsString());
        assertEquals(2, embed.get("done").getAsInt());
        assertEquals(3, embed.get("pending").getAsInt(), "6 posters, 2 embedded with enc, 1 failed");
        assertEquals(1, embed.get("failed").getAsInt());
        JsonObject tag = o.getAsJsonArray("tasks").get(1).getAsJsonObject();
        assertEquals(1, tag.get("done").getAsInt());
        assertEquals(1, tag.get("pending").getAsInt(), "embedded with enc, no model labels");
        assertEquals(0, o.getAsJsonArray("workers").size());

        CliRun text = CliRun.of("--catalogue", db.toString(), "status", "--encoder", "enc");
        assertTrue(text.out().contains("embed  enc                  done 2, pending 3 (claimed 0), failed 1"), text.out());
        assertTrue(text.out().contains("workers: none registered"), text.out());
    }
}
