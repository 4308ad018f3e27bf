package app.affiche.ui.common;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard is real: a catalogue call made on the JavaFX thread fails (tests run with affiche.fxguard=strict). */
class FxGuardTest {
    @TempDir
    Path dir;

    @Test
    void aCatalogueCallOnTheFxThreadFailsAndOffItWorks() throws Exception {
        assertEquals("strict", System.getProperty(FxGuard.PROPERTY), "surefire sets the strict guard");
        FxToolkit.registerPrimaryStage();
        try (Catalogue catalogue = Catalogue.open(dir.resolve("c.db"))) {
            CatalogueGateway gateway = new CatalogueGateway(catalogue);
            int before = FxGuard.violations();
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    gateway.count(PosterFilter.ALL);
                    outcome.complete(null);
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            });
            Throwable t = outcome.get(10, TimeUnit.SECONDS);
            IllegalStateException e = assertInstanceOf(IllegalStateException.class, t);
            assertTrue(e.getMessage().contains("Catalogue.count") && e.getMessage().contains("JavaFX application thread"),
                    e.getMessage());
            assertEquals(before + 1, FxGuard.violations());
            assertEquals(0, gateway.count(PosterFilter.ALL), "the same call off the JavaFX thread is fine");
        }
    }
}
