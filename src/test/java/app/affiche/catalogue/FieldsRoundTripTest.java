package app.affiche.catalogue;

import app.affiche.cli.AfficheCommand;
import app.affiche.poster.FieldType;
import app.affiche.poster.FieldValue;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Extra fields on real catalogue files through the real command line: an older catalogue migrates (backed up, its
 * labels kept), a labels CSV fills declared fields and reports the rest, `label --field` sets a curator's value that
 * a later import leaves alone, the export carries them and a second catalogue reads them back; bad input changes
 * nothing.
 */
class FieldsRoundTripTest extends EngineCase {

    private record Run(int code, String out, String err) {
    }

    private static Run affiche(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AfficheCommand.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void fieldsRoundTripThroughMigrationImportLabelAndExport() throws Exception {
        sqliteOnly("migrating a v4 file");
        Path file = dir.resolve("catalogue.db");
        try (Catalogue v4 = Catalogue.open(file, 4)) {
            assertEquals(4, v4.schemaVersion());
        }
        long old = OldCatalogues.insertPoster(file, TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/a.jpg"), 1)));
        OldCatalogues.insertLabel(file, old, "Western", "curator");
        TestPosters.writeJpeg(dir.resolve("img/b.jpg"), 2);
        TestPosters.writeJpeg(dir.resolve("img/c.jpg"), 3);
        String db = file.toString();

        Run add = affiche("--catalogue", db, "field", "add", "rating", "--number");
        assertEquals(0, add.code(), add.err());
        assertTrue(Files.exists(Migrations.backupPath(file, 4)), "the v4 catalogue was backed up before migrating");
        assertEquals(0, affiche("--catalogue", db, "field", "add", "condition", "--category").code());
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(Migrations.LATEST, c.schemaVersion());
            assertEquals(List.of("Western"), c.labels(old).stream().map(l -> l.genre()).toList());
        }

        Path labels = Files.writeString(dir.resolve("labels.csv"), """
                file,genres,rating,condition,studio
                img/a.jpg,Western,6.5,mint,MGM
                img/b.jpg,Drama,'-1.25,fair,RKO
                img/c.jpg,Drama,seven,good,MGM
                """);
        Run imported = affiche("--catalogue", db, "import", dir.resolve("img").toString(), "--labels", labels.toString());
        assertEquals(1, imported.code(), "a rejected line makes the exit code 1: " + imported.err());
        assertTrue(imported.err().contains("line 4: field rating is a number: 'seven' is not one"), imported.err());
        assertTrue(imported.out().contains("Fields: 4 value(s) set"), imported.out());
        assertTrue(imported.out().contains("column studio left out: no such field (its values look like text"),
                imported.out());

        Run bad = affiche("--catalogue", db, "label", "img/a.jpg".replace("img/a.jpg", dir.resolve("img/a.jpg").toString()),
                "--genres", "Drama", "--field", "rating=high");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("field rating is a number: 'high' is not one"), bad.err());
        Run unknown = affiche("--catalogue", db, "label", dir.resolve("img/a.jpg").toString(), "--field", "price=3");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown field 'price' (fields: condition, rating)"), unknown.err());
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(List.of("Western"), c.labels(old).stream().map(l -> l.genre()).toList(),
                    "a refused --field stops the whole label command");
            assertEquals(List.of(new FieldValue("condition", LabelSource.IMPORT, "mint", null, null),
                    new FieldValue("rating", LabelSource.IMPORT, null, 6.5, null)), c.fieldValues(old));
            assertTrue(c.confirmedFieldValues("rating").values().stream().noneMatch(v -> v.number() == null));
        }

        Run label = affiche("--catalogue", db, "label", dir.resolve("img/a.jpg").toString(), "--field", "rating=8",
                "--field", "CONDITION=poor");
        assertEquals(0, label.code(), label.err());
        Run again = affiche("--catalogue", db, "import", dir.resolve("img").toString(), "--labels", labels.toString());
        assertTrue(again.out().contains("2 differ from a curator's value, which stays"), again.out());

        Path csv = dir.resolve("export.csv");
        Run export = affiche("--catalogue", db, "export", "--csv", csv.toString(), "--fields",
                "sha256,genres,rating,rating_source,condition");
        assertEquals(0, export.code(), export.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("sha256,genres,rating,rating_source,condition", lines.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",Western,8,curator,poor")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",Drama,'-1.25,import,fair")), lines.toString());

        Path second = dir.resolve("second.db");
        assertEquals(0, affiche("--catalogue", second.toString(), "import", dir.resolve("img").toString(), "--labels",
                csv.toString(), "--add-fields").code());
        try (Catalogue c = Catalogue.open(second)) {
            assertEquals(FieldType.NUMBER, c.field("rating").type(), "inferred from its values");
            assertEquals(FieldType.TEXT, c.field("condition").type(), "two values once each read as text, not categories");
            List<Double> ratings = c.confirmedFieldValues("rating").values().stream().map(FieldValue::number).sorted().toList();
            assertEquals(List.of(-1.25, 8.0), ratings, "exported values read back, the guarded minus sign too");
        }

        assertEquals(0, affiche("--catalogue", db, "field", "remove", "RATING").code());
        try (Catalogue c = Catalogue.open(file)) {
            assertEquals(List.of("condition"), c.fields().stream().map(f -> f.name()).toList());
            assertTrue(c.fieldValues(old).stream().noneMatch(v -> v.field().equals("rating")));
        }
    }

    @Test
    void removingAPosterTakesItsFieldValuesAndUndoBringsThemBack() throws Exception {
        try (Catalogue c = open("r.db")) {
            c.addField("price", FieldType.NUMBER);
            long id = c.addPoster(TestPosters.fake(1));
            c.setFieldValues(id, java.util.Map.of("price", "120"));
            RemovedPosters removed = c.removePosters(List.of(id));
            assertTrue(c.confirmedFieldValues("price").isEmpty());
            c.restorePosters(removed);
            assertEquals(List.of(new FieldValue("price", LabelSource.CURATOR, null, 120.0, null)), c.fieldValues(id));
        }
    }

    @Test
    void badFieldNamesAreRefusedWithTheReason() {
        String db = at("c.db").toString(); // a file, or a postgresql:// URL: the command line takes either
        Run reserved = affiche("--catalogue", db, "field", "add", "title", "--text");
        assertEquals(2, reserved.code());
        assertTrue(reserved.err().contains("'title' is already a catalogue column"), reserved.err());
        assertEquals(2, affiche("--catalogue", db, "field", "add", "1st", "--text").code());
        assertEquals(0, affiche("--catalogue", db, "field", "add", "price", "--number").code());
        Run twice = affiche("--catalogue", db, "field", "add", "PRICE", "--text");
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("field PRICE exists already"), twice.err());
        assertEquals(2, affiche("--catalogue", db, "field", "remove", "cost").code());
    }
}
