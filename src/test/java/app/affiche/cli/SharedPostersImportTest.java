package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.pipeline.ImagingAvailable;
import app.affiche.poster.Poster;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code affiche import FILES --labels CSV} on a sample of the shared posters: lines of posters.csv copied
 * verbatim into a CSV beside an {@code images} link to the shared folder. The full 7,122 run is `bench import`.
 */
class SharedPostersImportTest {
    @TempDir
    Path dir;

    @Test
    void importsSharedPostersWithTheirLabels() throws Exception {
        ImagingAvailable.assume();
        Path shared = SharedData.posters();
        List<String> lines = Files.readAllLines(shared.resolve("posters.csv"));
        List<String> sample = new ArrayList<>(List.of(lines.getFirst()));
        for (int i = 1; i < lines.size(); i += 60) sample.add(lines.get(i));
        Files.createSymbolicLink(dir.resolve("images"), shared.resolve("images"));
        Path csv = Files.write(dir.resolve("sample.csv"), sample);
        List<String> args = new ArrayList<>(List.of("--catalogue", dir.resolve("c.db").toString(), "import"));
        for (String line : sample.subList(1, sample.size())) args.add(shared.resolve(line.split(",")[0]).toString());
        args.addAll(List.of("--labels", csv.toString(), "--json"));

        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        int n = sample.size() - 1;
        assertEquals(n, json.get("imported").getAsInt());
        assertEquals(n, json.getAsJsonObject("labels").get("applied").getAsInt());
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            assertEquals(n, c.count(PosterFilter.ALL));
            Map<Long, java.util.Set<String>> genres = c.confirmedGenres();
            assertEquals(n, genres.size());
            Poster first = c.posters(PosterFilter.ALL).stream()
                    .filter(p -> p.path().endsWith("tt0006206.jpg")).findFirst().orElseThrow();
            assertEquals("Les vampires", first.title());
            assertEquals(1915, first.year());
            assertEquals(new TreeSet<>(Arrays.asList("Action", "Adventure", "Crime")), genres.get(first.id()));
            assertTrue(c.thumbnail(first.id()).orElseThrow().length > 100);
            assertTrue(c.palette(first.id()).isPresent());
        }
    }
}
