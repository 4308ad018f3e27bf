package app.affiche.ui.export;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.ExportField;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import app.affiche.ui.common.CatalogueGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export dialog's view-model offers the catalogue's extra fields as columns (NAME, NAME_source, NAME_predicted, as
 * the CLI export names them), and the CSV it asks for, written from a real SQLite catalogue, carries their values.
 */
class ExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void fieldColumnsAreOfferedChosenAndWritten() throws Exception {
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            c.addField("rating", FieldType.NUMBER);
            c.addField("condition", FieldType.CATEGORY);
            long a = c.addPoster(TestPosters.fake(1));
            long b = c.addPoster(TestPosters.fake(2));
            c.setFieldValues(a, Map.of("rating", "7.5", "condition", "mint"));
            c.setModelFieldValues("rating", Map.of(b, new FieldValue("rating", LabelSource.MODEL, null, 6.25, null)));

            ExportViewModel vm = new ExportViewModel();
            vm.fields(c.fields());
            List<String> chosen = vm.chosen().stream().map(ExportColumn::column).toList();
            assertTrue(chosen.containsAll(List.of("rating", "rating_source", "rating_predicted", "condition",
                    "condition_source", "condition_predicted")), "a new field's columns are chosen: " + chosen);

            // the curator keeps only sha256, rating and the model's rating, in that order
            vm.available().addAll(vm.chosen());
            vm.chosen().clear();
            for (String col : List.of("rating_predicted", "sha256", "rating"))
                vm.chosen().add(vm.available().stream().filter(x -> x.column().equals(col)).findFirst().orElseThrow());
            vm.available().removeAll(vm.chosen());
            assertEquals(1, vm.move(vm.chosen().getFirst(), +1));
            vm.onlyFiltered().set(false);
            vm.bom().set(false);
            ExportRequest request = vm.request(dir.resolve("out.csv"));
            assertEquals(List.of(ExportField.SHA256), request.fields());
            assertEquals(List.of("rating_predicted", "rating"), request.fieldColumns(),
                    "field columns keep their chosen order, after the others");

            CatalogueGateway gateway = new CatalogueGateway(c);
            assertEquals(2, FilteredCsvExport.write(gateway, request, null, null));
            List<String> lines = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
            assertEquals("sha256,rating_predicted,rating", lines.getFirst());
            String shaA = c.poster(a).orElseThrow().sha256(), shaB = c.poster(b).orElseThrow().sha256();
            assertTrue(lines.contains(shaA + ",,7.5"), lines.toString());
            assertTrue(lines.contains(shaB + ",6.25,"), lines.toString());

            // the filtered path (temporary file with ids) carries the same cells
            vm.onlyFiltered().set(true);
            assertEquals(1, FilteredCsvExport.write(gateway, vm.request(dir.resolve("one.csv")), Set.of(a), null));
            assertEquals(List.of("sha256,rating_predicted,rating", shaA + ",,7.5"),
                    Files.readAllLines(dir.resolve("one.csv"), StandardCharsets.UTF_8));

            // a removed field's columns leave the dialog; the others stay as chosen
            c.removeField("condition");
            vm.fields(c.fields());
            assertFalse(vm.available().stream().anyMatch(x -> x.column().startsWith("condition")));
            assertEquals(List.of("sha256", "rating_predicted", "rating"), vm.chosen().stream().map(ExportColumn::column).toList());
        }
    }
}
