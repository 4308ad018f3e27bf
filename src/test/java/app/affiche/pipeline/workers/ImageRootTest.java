package app.affiche.pipeline.workers;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paths under the shared root are stored relative to it and found again under another machine's mount. */
class ImageRootTest {
    @Test
    void storesRelativeUnderTheRootAndResolvesAgainstAnotherMount() {
        ImageRoot here = new ImageRoot(Path.of("/mnt/posters"));
        assertEquals("1950s/noir/a.jpg", here.store(Path.of("/mnt/posters/1950s/noir/a.jpg")));
        assertEquals("/elsewhere/b.jpg", here.store(Path.of("/elsewhere/b.jpg")), "outside the root: as it is");
        assertEquals("/mnt/postersX/c.jpg", here.store(Path.of("/mnt/postersX/c.jpg")), "a sibling is not under it");
        ImageRoot there = new ImageRoot(Path.of("/Volumes/shop"));
        assertEquals(Path.of("/Volumes/shop/1950s/noir/a.jpg"), there.resolve("1950s/noir/a.jpg"));
        assertEquals(Path.of("/elsewhere/b.jpg"), there.resolve("/elsewhere/b.jpg"));
        assertEquals(Path.of("rel/d.jpg"), ImageRoot.NONE.resolve("rel/d.jpg"));
    }
}
