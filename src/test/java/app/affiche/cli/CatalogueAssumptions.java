package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Until the catalogue branch is merged, Catalogue is a stub: tests needing it skip saying so. */
final class CatalogueAssumptions {
    private CatalogueAssumptions() {
    }

    static void assumeMerged() throws Exception {
        Path dir = Files.createTempDirectory("affiche-probe");
        boolean merged;
        try (Catalogue c = Catalogue.open(dir.resolve("probe.db"))) {
            merged = c != null;
        } catch (UnsupportedOperationException e) {
            merged = false;
        }
        Assumptions.assumeTrue(merged, "catalogue not merged yet: skipping");
    }
}
