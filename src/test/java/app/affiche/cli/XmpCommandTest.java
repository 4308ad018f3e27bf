package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.catalogue.xmp.UnwritableFolder;
import app.affiche.pipeline.ImagingAvailable;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** affiche xmp write and import's reading of sidecars, through the real command line on real catalogue files. */
class XmpCommandTest {
    @TempDir
    Path dir;

    private CliRun affiche(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalogue";
        all[1] = dir.resolve(db).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static JsonObject json(CliRun run) {
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    /** Confirmed genres with their source, by file name. */
    private Map<String, String> labels(String db) {
        Map<String, String> out = new TreeMap<>();
        try (Catalogue c = Catalogue.open(dir.resolve(db))) {
            for (Poster p : c.posters(app.affiche.catalogue.PosterFilter.ALL)) {
                Set<String> genres = new TreeSet<>();
                for (GenreLabel l : c.labels(p.id())) if (l.source().confirmed()) genres.add(l.genre() + ":" + l.source().key());
                out.put(Path.of(p.path()).getFileName().toString(), genres + " " + p.title() + " " + p.year()
                        + (p.title() == null ? "" : ":" + p.titleSource().key()));
            }
        }
        return out;
    }

    @Test
    void sidecarsWrittenFromOneCatalogueAreImportLabelsInAnotherAndNeverOverACurator() throws Exception {
        ImagingAvailable.assume();
        Path img = dir.resolve("img");
        TestPosters.writeJpeg(img.resolve("a.jpg"), 1);
        TestPosters.writeJpeg(img.resolve("b.jpg"), 2);
        assertEquals(0, affiche("one.db", "import", img.toString()).exitCode());
        assertEquals(0, affiche("one.db", "label", img.resolve("a.jpg").toString(), "--genres", "Drama,Crime",
                "--title", "Out of the Past", "--year", "1947").exitCode());
        assertEquals(0, affiche("one.db", "label", img.resolve("b.jpg").toString(), "--genres", "Western").exitCode());

        CliRun write = affiche("one.db", "xmp", "write", "--all", "--json");
        assertEquals(0, write.exitCode(), write.err());
        assertEquals(2, json(write).get("written").getAsInt());
        assertTrue(Files.isRegularFile(img.resolve("a.jpg.xmp")) && Files.isRegularFile(img.resolve("b.jpg.xmp")));

        CliRun ignored = affiche("none.db", "import", img.toString(), "--no-sidecars");
        assertEquals(0, ignored.exitCode(), ignored.err());
        assertEquals("[] null null", labels("none.db").get("a.jpg"));

        CliRun imported = affiche("two.db", "import", img.toString(), "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(2, json(imported).getAsJsonObject("sidecars").get("read").getAsInt(), imported.out());
        assertEquals(Map.of("a.jpg", "[Crime:import, Drama:import] Out of the Past 1947:import",
                "b.jpg", "[Western:import] null null"), labels("two.db"));

        // The curator relabels b in the second catalogue; importing the folder again keeps his genres.
        assertEquals(0, affiche("two.db", "label", img.resolve("b.jpg").toString(), "--genres", "Comedy").exitCode());
        CliRun again = affiche("two.db", "import", img.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("Sidecars: labels read from 2 (kept curator genres on 1 poster)"), again.out());
        assertEquals("[Comedy:curator] null null", labels("two.db").get("b.jpg"));
    }

    @Test
    void importTakesKnownGenresFromAnotherToolsKeywordsAndReportsBadSidecarsWithoutFailingTheImage() throws Exception {
        ImagingAvailable.assume();
        Path img = dir.resolve("img");
        TestPosters.writeJpeg(img.resolve("tagged.jpg"), 3);
        TestPosters.writeJpeg(img.resolve("broken.jpg"), 4);
        TestPosters.writeJpeg(img.resolve("other.jpg"), 5);
        // a Lightroom-style name (poster.xmp) with plain keywords, as tagged by hand
        Files.writeString(img.resolve("tagged.xmp"), """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:subject><rdf:Bag><rdf:li>horror</rdf:li><rdf:li>Signed</rdf:li></rdf:Bag></dc:subject>
                 </rdf:Description></rdf:RDF></x:xmpmeta>""");
        Files.writeString(img.resolve("broken.jpg.xmp"), "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF");
        Files.writeString(img.resolve("other.jpg.xmp"), """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:affiche="https://affiche.app/ns/xmp/1.0/"
                   xmlns:lr="http://ns.adobe.com/lightroom/1.0/" affiche:sha256="%s">
                  <lr:hierarchicalSubject><rdf:Bag><rdf:li>Affiche|Genre|War</rdf:li></rdf:Bag></lr:hierarchicalSubject>
                 </rdf:Description></rdf:RDF></x:xmpmeta>""".formatted("0".repeat(64)));

        CliRun run = affiche("c.db", "import", img.toString());
        assertEquals(0, run.exitCode(), "the images are fine: " + run.err());
        assertTrue(run.out().contains("Imported 3 new poster(s)"), run.out());
        assertTrue(run.err().contains("sidecar " + img.resolve("broken.jpg.xmp") + " ignored: not valid XMP"), run.err());
        assertTrue(run.err().contains("sidecar " + img.resolve("other.jpg.xmp") + " ignored: written for another image"),
                run.err());
        Map<String, String> labels = labels("c.db");
        assertEquals("[Horror:import] null null", labels.get("tagged.jpg"), "known genre taken, Signed ignored");
        assertEquals("[] null null", labels.get("broken.jpg"));
        assertEquals("[] null null", labels.get("other.jpg"));
    }

    @Test
    void badInputGetsAClearMessageAndItsExitCode() throws Exception {
        Path a = TestPosters.writeJpeg(dir.resolve("locked/a.jpg"), 6);
        Path b = TestPosters.writeJpeg(dir.resolve("open/b.jpg"), 7);
        long idA;
        long idB;
        try (Catalogue c = Catalogue.open(dir.resolve("c.db"))) {
            idA = c.addPoster(TestPosters.of(a));
            idB = c.addPoster(TestPosters.of(b));
            c.setConfirmedLabels(idB, Set.of("Drama"), LabelSource.CURATOR);
        }
        CliRun none = affiche("c.db", "xmp", "write");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("give POSTER... or --all"), none.err());
        assertEquals(2, affiche("c.db", "xmp", "write", "--all", String.valueOf(idA)).exitCode());
        CliRun naming = affiche("c.db", "xmp", "write", "--all", "--naming", "lightroom");
        assertEquals(2, naming.exitCode());
        assertTrue(naming.err().contains("--naming is ext or base, not 'lightroom'"), naming.err());

        CliRun unknown = affiche("c.db", "xmp", "write", "no-such-poster", String.valueOf(idB));
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no poster 'no-such-poster' in the catalogue"), unknown.err());
        assertTrue(unknown.out().contains("Wrote 1 sidecar(s)"), "the known poster is still written: " + unknown.out());
        assertTrue(Files.isRegularFile(dir.resolve("open/b.jpg.xmp")));

        CliRun locked;
        UnwritableFolder unwritable = UnwritableFolder.of(a.getParent());
        try {
            locked = affiche("c.db", "xmp", "write", "--all", "--naming", "base");
        } finally {
            unwritable.close();
        }
        assertEquals(1, locked.exitCode());
        assertTrue(locked.err().contains("failed: poster " + idA + " (" + a + "): cannot write in " + a.getParent()),
                locked.err());
        assertTrue(locked.out().contains("Wrote 1 sidecar(s) (0 merged into an existing one), 1 failed"), locked.out());
        assertTrue(Files.isRegularFile(dir.resolve("open/b.xmp")));
    }

    /** In a fresh process, as a user runs it, while this one holds the catalogue as the window does. */
    @Test
    void writesInItsOwnProcessBesideAnOpenCatalogueSinceItOnlyReadsIt() throws Exception {
        Path image = TestPosters.writeJpeg(dir.resolve("img/open.jpg"), 8);
        try (Catalogue held = Catalogue.open(dir.resolve("c.db"))) {
            long id = held.addPoster(TestPosters.of(image));
            held.setConfirmedLabels(id, Set.of("Comedy"), LabelSource.CURATOR);
            Cli.Run run = Cli.run(Files.createDirectories(dir.resolve("home")), "--catalogue",
                    dir.resolve("c.db").toString(), "xmp", "write", image.toString(), "--json");
            assertEquals(0, run.exit(), run.err());
            assertEquals(image + ".xmp", JsonParser.parseString(run.out()).getAsJsonObject()
                    .getAsJsonArray("sidecars").get(0).getAsString());
        }
        assertEquals(Set.of("Comedy"), app.affiche.catalogue.xmp.SidecarReader.read(dir.resolve("img/open.jpg.xmp"))
                .hierarchyGenres());
    }
}
