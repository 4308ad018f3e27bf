package app.affiche.ui.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Dropped paths survive a restart until finished; cancel forgets them. */
class PendingQueueTest {
    @TempDir
    Path home;

    @Test
    void unfinishedPathsComeBackInDropOrderAfterARestart() {
        Path a = home.resolve("a.jpg"), b = home.resolve("b.jpg"), c = home.resolve("c.jpg");
        PendingQueue first = new PendingQueue(home);
        first.add(List.of(a, b));
        first.add(List.of(c));
        first.markFinished(b);

        PendingQueue again = new PendingQueue(home);
        assertEquals(List.of(a, c), again.load());
        again.markFinished(a);
        assertEquals(List.of(c), new PendingQueue(home).load(), "compacted journals still subtract correctly");
    }

    @Test
    void clearForgetsEverything() {
        PendingQueue q = new PendingQueue(home);
        q.add(List.of(home.resolve("x.jpg")));
        q.clear();
        assertEquals(List.of(), new PendingQueue(home).load());
        assertFalse(Files.exists(home.resolve("pending-drops.txt")));
    }
}
