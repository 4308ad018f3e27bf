package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;
import app.affiche.ui.workbench.CataloguePosterSource;
import app.affiche.ui.workbench.GridQuery;
import app.affiche.ui.workbench.PosterCard;
import app.affiche.ui.workbench.PosterSlot;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first screen, read ahead with the grid's counts and put in before the grid gets its items, is the one the
 * grid reads itself: each tile on screen shows the card at its position in the catalogue's order and the pixels of
 * that poster's own thumbnail (every poster here has a different one, so a mix-up shows).
 */
@ExtendWith(ApplicationExtension.class)
class FirstScreenFxTest {
    private static final int POSTERS = 150; // more than a page (100) and than the tiles read ahead (60)
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            for (int i = 0; i < POSTERS; i++) {
                String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(42).putInt(i).array());
                c.addPoster(new NewPoster(sha, "/posters/p" + i + ".jpg", 1000 + i, 160, 240, "JPEG",
                        "Poster " + i, 1950 + i % 50, UiTestData.thumbnail(i), null));
            }
        }
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    private record Tile(int index, PosterCard card, Image image) {
    }

    @Test
    void theFirstScreenShowsTheCataloguesOwnCardsAndThumbnails() throws Exception {
        int violations = FxGuard.violations();
        app.ready().get(20, TimeUnit.SECONDS);
        var grid = app.controller().grid();
        WorkbenchFxTest.await(() -> grid.tilesShown() > 0 && grid.screenLoaded());
        List<Tile> tiles = WaitForAsyncUtils.asyncFx(() -> {
            List<Tile> shown = new ArrayList<>();
            for (Node n : grid.node().lookupAll(".poster-tile")) {
                if (!(n instanceof GridCell<?> cell) || !cell.isVisible() || !(cell.getItem() instanceof PosterSlot slot)) continue;
                ImageView view = (ImageView) cell.lookup(".image-view");
                shown.add(new Tile(cell.getIndex(), slot.card().get(), view.getImage()));
            }
            return shown;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(tiles.size() >= 10, "a screen of tiles, not " + tiles.size());

        try (Catalogue reader = Catalogue.openReadOnly(home.resolve("catalogue.db"))) {
            CatalogueGateway gateway = new CatalogueGateway(reader);
            List<PosterCard> expected = CataloguePosterSource.open(gateway, GridQuery.ALL).page(0, POSTERS);
            for (Tile t : tiles) {
                PosterCard want = expected.get(t.index());
                assertEquals(want.id(), t.card().id(), "tile " + t.index());
                assertEquals(want.caption(), t.card().caption(), "tile " + t.index());
                assertEquals(want.state(), t.card().state(), "tile " + t.index());
                assertNotNull(t.image(), "tile " + t.index() + " has its thumbnail");
                Image own = new Image(new ByteArrayInputStream(reader.thumbnail(want.id()).orElseThrow()));
                assertArrayEquals(pixels(own), pixels(t.image()), "tile " + t.index() + " shows poster " + want.id() + "'s thumbnail");
            }
        }
        assertEquals(violations, FxGuard.violations(), "no catalogue work on the JavaFX thread");
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
