package app.affiche.cli;

import app.affiche.SharedData;
import app.affiche.pipeline.ImagingAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * `affiche bench duplicates` through the real launcher with the real encoder: the rule in force finds the copies made
 * from shared posters and joins no distinct posters (the figures are the bench's; nothing here is timed).
 */
class BenchDuplicatesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theRuleInForceFindsTheMadeCopiesAndNoDistinctPosters() throws Exception {
        ImagingAvailable.assume();
        Path csv = SharedData.postersCsv();
        Path home = tmp.resolve("home");
        assertEquals(0, Cli.run(home, "models", "install", SharedData.models().toString()).exit());
        Cli.Run run = Cli.run(home, "bench", "duplicates", "--csv", csv.toString(), "--posters", "12", "--distinct", "1500");
        assertEquals(0, run.exit(), run.err());
        Matcher inForce = Pattern.compile("in force: (.+)").matcher(run.out());
        assertTrue(inForce.find(), run.out());
        String rule = inForce.group(1).strip();
        Pattern rowOf = Pattern.compile(Pattern.quote(rule) + "\\s+[0-9].*");
        List<String> row = run.out().lines().map(String::strip).filter(l -> rowOf.matcher(l).matches()).toList();
        assertEquals(2, row.size(), "one row in the copies table, one in the distinct count: " + run.out());
        String[] cells = row.get(0).substring(rule.length()).trim().split("\\s+");
        assertEquals(9, cells.length, row.get(0)); // five kinds, recall, false, precision, F1
        for (int kind = 0; kind < 5; kind++) {
            assertTrue(Double.parseDouble(cells[kind]) >= 0.9, "recall per kind of copy: " + Arrays.toString(cells));
        }
        assertEquals("0", cells[6], "no distinct pair among the copies' originals: " + row.get(0));
        String[] distinct = row.get(1).substring(rule.length()).trim().split("\\s+");
        assertEquals("0", distinct[0], "no pair of the 1,500 distinct posters joined: " + row.get(1));
        assertTrue(run.out().contains("closest distinct pairs by pHash"), run.out());
    }

    @Test
    void badArgumentsGetAMessageAndExitCode2() throws Exception {
        Path home = tmp.resolve("home");
        Cli.Run few = Cli.run(home, "bench", "duplicates", "--posters", "1", "--no-embeddings");
        assertEquals(AfficheCommand.USAGE, few.exit());
        assertTrue(few.err().contains("--posters must be at least 2 (0: the distinct check alone), got 1"), few.err());
        Cli.Run missing = Cli.run(home, "bench", "duplicates", "--csv", tmp.resolve("none.csv").toString(), "--no-embeddings");
        assertEquals(AfficheCommand.USAGE, missing.exit());
        assertTrue(missing.err().contains("cannot read " + tmp.resolve("none.csv")), missing.err());
    }
}
