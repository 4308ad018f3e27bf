package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.nio.file.Path;
import java.util.Set;

/**
 * Run as a separate JVM by the tests: "open DB" tries to open and prints OPEN or LOCKED: message;
 * "hold DB" opens and waits; "label DB" adds a poster, labels it, prints LABELLED id and waits to be killed.
 */
public final class CatalogueChild {
    private CatalogueChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "open" -> {
                try (Catalogue c = Catalogue.open(db)) {
                    System.out.println("OPEN " + c.schemaVersion());
                } catch (CatalogueLockedException e) {
                    System.out.println("LOCKED: " + e.getMessage());
                }
            }
            case "hold" -> {
                Catalogue.open(db);
                System.out.println("OPEN");
                System.out.flush();
                Thread.sleep(120_000);
            }
            case "label" -> {
                Catalogue c = Catalogue.open(db);
                long id = c.addPoster(TestPosters.fake(11));
                c.setConfirmedLabels(id, Set.of("Western", "Drama"), LabelSource.CURATOR);
                System.out.println("LABELLED " + id);
                System.out.flush();
                Thread.sleep(120_000);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
