package app.affiche.ui.common;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PgTestServer;
import app.affiche.catalogue.StaleEditException;
import app.affiche.poster.CatalogueLocation;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import app.affiche.ui.UiTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two workbenches (each its own catalogue connection and gateway) on one real PostgreSQL catalogue: of two field or
 * title/year edits from the same version, the second is refused and told the other's value; nothing is lost.
 */
class SharedFieldEditsTest {
    @TempDir
    Path home;

    @Test
    void aStaleFieldEditIsRefusedWithTheOthersValueAndHisOwnLeavesHisTicksValid() {
        CatalogueLocation where = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue anna = Catalogue.open(where); Catalogue ben = Catalogue.open(where)) {
            long id = UiTestData.addPosters(anna, 1).getFirst();
            anna.addField("price", FieldType.NUMBER);
            CatalogueGateway a = new CatalogueGateway(anna), b = new CatalogueGateway(ben);
            a.reviewLabels(id); // Anna also has the poster in her review
            a.shownFieldValues(id); // both fields panels show the poster
            b.shownFieldValues(id);

            a.setFieldValues(id, Map.of("price", "120"));
            StaleEditException told = assertThrows(StaleEditException.class,
                    () -> b.setFieldValues(id, Map.of("price", "90")));
            assertTrue(told.getMessage().contains("was changed by "), told.getMessage());
            assertTrue(told.getMessage().contains("its price is now 120 (curator)"), told.getMessage());
            assertEquals("120", price(ben, id), "Anna's value stands");

            b.shownFieldValues(id); // the panel reloads: he sees 120, and his next edit goes through
            b.setFieldValues(id, Map.of("price", "95"));
            assertEquals("95", price(anna, id));

            assertEquals("95", price(anna, id));
        }
    }

    @Test
    void hisOwnFieldEditLeavesHisReviewTicksValidButNotTheOthers() {
        CatalogueLocation where = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue anna = Catalogue.open(where); Catalogue ben = Catalogue.open(where)) {
            long id = UiTestData.addPosters(anna, 1).getFirst();
            anna.addField("condition", FieldType.TEXT);
            CatalogueGateway a = new CatalogueGateway(anna), b = new CatalogueGateway(ben);
            a.reviewLabels(id);
            b.reviewLabels(id);
            a.shownFieldValues(id);
            a.setFieldValues(id, Map.of("condition", "near mint"));

            a.setCuratorGenres(Map.of(id, Set.of("Western"))); // his own edit moved the version: not stale for him
            StaleEditException told = assertThrows(StaleEditException.class,
                    () -> b.setCuratorGenres(Map.of(id, Set.of("Comedy"))), "Ben saw it before both edits");
            assertTrue(told.getMessage().contains("its genres are now Western"), told.getMessage());
            assertEquals(Set.of("Western"), anna.confirmedGenres().get(id));
        }
    }

    @Test
    void aStaleTitleAndYearEditIsRefusedWithTheOthersTitle() {
        CatalogueLocation where = CatalogueLocation.parse(PgTestServer.shared().createDatabase(), home);
        try (Catalogue anna = Catalogue.open(where); Catalogue ben = Catalogue.open(where)) {
            long id = UiTestData.addPosters(anna, 1).getFirst();
            CatalogueGateway a = new CatalogueGateway(anna), b = new CatalogueGateway(ben);
            a.reviewLabels(id);
            b.reviewLabels(id);

            a.setTitleAndYear(id, "Rio Bravo", 1959);
            StaleEditException told = assertThrows(StaleEditException.class,
                    () -> b.setTitleAndYear(id, "El Dorado", 1966));
            assertTrue(told.getMessage().contains("its title is now 'Rio Bravo', year 1959"), told.getMessage());
            Poster now = ben.poster(id).orElseThrow();
            assertEquals("Rio Bravo", now.title(), "Anna's title stands");
            assertEquals(Integer.valueOf(1959), now.year());

            b.reviewLabels(id); // his review reloads the poster; then his edit goes through
            b.setTitleAndYear(id, "Rio Bravo", 1958);
            assertEquals(Integer.valueOf(1958), anna.poster(id).orElseThrow().year());
        }
    }

    private static String price(Catalogue c, long id) {
        return c.fieldValues(id).stream().filter(v -> v.field().equals("price") && v.source() == LabelSource.CURATOR)
                .map(FieldValue::display).findFirst().orElse("none");
    }
}
