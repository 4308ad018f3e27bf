package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.pipeline.ImagingAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `affiche bench learn` through the real command line on a small sample of the shared posters. */
class BenchLearnCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsEveryStepAndTheCuratorsPriorTakesOver() throws Exception {
        ImagingAvailable.assume();
        Path shared = SharedData.posters();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        List<String> lines = Files.readAllLines(shared.resolve("posters.csv"));
        List<String> sample = new ArrayList<>(List.of(lines.getFirst()));
        int vintage = 0, modern = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String decade = java.util.Arrays.stream(f).filter(c -> c.matches("\\d{4}s")).findFirst().orElse("");
            if (decade.isEmpty()) continue;
            boolean old = decade.compareTo("1980s") < 0;
            if (old && vintage < 90) vintage++;
            else if (!old && modern < 80) modern++;
            else continue;
            sample.add(line);
        }
        Files.createSymbolicLink(tmp.resolve("images"), shared.resolve("images"));
        Path csv = Files.write(tmp.resolve("sample.csv"), sample);
        Cli.Run r = Cli.run(home, "bench", "learn", "--csv", csv.toString(), "--steps", "0,20,40",
                "--test", "40", "--encoder", "mobilenetv2-fp32");
        assertEquals(0, r.exit(), r.err());
        List<String> steps = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+0\\.\\d{3}.*")).toList();
        assertEquals(3, steps.size(), r.out());
        for (int i = 0; i < 3; i++) assertEquals(String.valueOf(20 * i), steps.get(i).trim().split("\\s+")[0]);
        assertTrue(steps.get(0).contains("uniform"), steps.get(0));
        assertTrue(steps.get(1).contains("the catalogue's: 20 curator-confirmed years"), steps.get(1));
        assertTrue(r.out().contains("scored on held-back pre-1980 posters"), r.out());
    }
}
