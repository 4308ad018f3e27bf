package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.ui.UiTestData;
import app.affiche.ui.common.CatalogueGateway;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Thumbnails decoded ahead of the grid are the ones it shows, each decoded once; a tile on screen whose thumbnail
 * is still queued ahead gets it decoded at once rather than waiting its turn. A real catalogue; the executors are
 * queues the test runs by hand (the test thread stands for the JavaFX thread).
 */
@ExtendWith(ApplicationExtension.class)
class ThumbnailLoaderTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the toolkit, for javafx.scene.image.Image
    }

    @Test
    void aheadAndOnDemandShareOneDecodePerThumbnail() {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putInt(0x7a).putInt(i).array());
                ids.add(catalogue.addPoster(new NewPoster(sha, "/p" + i + ".jpg", 10, 16, 24, "JPEG", "P" + i, 1950,
                        UiTestData.thumbnail(i * 5), null)));
            }
            List<Runnable> background = new ArrayList<>(), ahead = new ArrayList<>();
            ThumbnailLoader loader = new ThumbnailLoader(new CatalogueGateway(catalogue), background::add, ahead::add, Runnable::run);
            loader.prefetch(ids);
            assertEquals(1, ahead.size());
            assertEquals(0, background.size());

            List<Image> shown = new ArrayList<>();
            loader.load(ids.get(1), shown::add);
            loader.load(ids.get(1), shown::add); // a second tile of the same poster waits for the same decode
            assertEquals(1, background.size(), "the tile's thumbnail is decoded now, not after the ones queued before it");
            background.removeFirst().run();
            assertEquals(2, shown.size());
            assertSame(shown.get(0), shown.get(1));
            assertSame(shown.getFirst(), loader.cached(ids.get(1)));

            ahead.removeFirst().run();
            assertSame(shown.getFirst(), loader.cached(ids.get(1)), "not decoded again ahead");
            for (int i = 0; i < 3; i++) {
                Image own = new Image(new ByteArrayInputStream(UiTestData.thumbnail(i * 5)));
                Image cached = loader.cached(ids.get(i));
                assertEquals(own.getPixelReader().getArgb(8, 20), cached.getPixelReader().getArgb(8, 20), "poster " + i);
            }
            List<Image> later = new ArrayList<>();
            loader.load(ids.getFirst(), later::add);
            assertSame(loader.cached(ids.getFirst()), later.getFirst(), "from the cache, at once");
            loader.prefetch(ids);
            assertEquals(0, ahead.size() + background.size(), "nothing left to decode");
            assertNull(loader.cached(-1L));
        }
    }
}
