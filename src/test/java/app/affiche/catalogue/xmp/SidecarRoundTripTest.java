package app.affiche.catalogue.xmp;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.poster.LabelSource;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Sidecars written from a real SQLite catalogue beside real JPEG files, read back, merged into foreign ones. */
class SidecarRoundTripTest {
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String LR = "http://ns.adobe.com/lightroom/1.0/";
    static final String DIGIKAM = "http://www.digikam.org/ns/1.0/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";
    static final String DEALER = "http://ns.example.com/dealer/1.0/";

    /** A sidecar as a photo manager leaves it: packet wrapper, rating, its own keywords and hierarchy, a private namespace. */
    static final String FOREIGN = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
                xmlns:digiKam="http://www.digikam.org/ns/1.0/"
                xmlns:dealer="http://ns.example.com/dealer/1.0/"
                xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0/"
               xmp:Rating="4"
               dealer:StockNumber="A-1142">
               <dc:subject><rdf:Bag><rdf:li>Signed</rdf:li><rdf:li>Paris</rdf:li></rdf:Bag></dc:subject>
               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Linen-backed, folds</rdf:li></rdf:Alt></dc:description>
               <lr:hierarchicalSubject><rdf:Bag><rdf:li>Places|Paris</rdf:li></rdf:Bag></lr:hierarchicalSubject>
               <digiKam:TagsList><rdf:Seq><rdf:li>Places/Paris</rdf:li></rdf:Seq></digiKam:TagsList>
               <MicrosoftPhoto:LastKeywordXMP><rdf:Bag><rdf:li>Places/Paris</rdf:li></rdf:Bag></MicrosoftPhoto:LastKeywordXMP>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";

    @TempDir
    Path dir;

    static XMPMeta parse(Path sidecar) throws Exception {
        return XMPMetaFactory.parseFromBuffer(Files.readAllBytes(sidecar));
    }

    static List<String> items(XMPMeta xmp, String ns, String name) throws Exception {
        return SidecarMerge.items(xmp, ns, name);
    }

    @Test
    void writesConfirmedGenresTitleYearAndSuggestionsApartUnderTheirDocumentedNames() throws Exception {
        Path image = TestPosters.writeJpeg(dir.resolve("img/noir.jpg"), 1);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long id = c.addPoster(TestPosters.of(image));
            c.setConfirmedLabels(id, Set.of("Drama", "Crime"), LabelSource.CURATOR);
            c.setTitleAndYear(id, "Out of the Past", 1947);
            c.setModelLabels(id, Map.of("Thriller", 0.4213, "Mystery", 0.2), Map.of("Thriller", 0.35));
            SidecarWriter.Result r = new SidecarWriter(c, SidecarNaming.EXT).write(id);
            assertTrue(r.ok(), r.error());
            assertEquals(dir.resolve("img/noir.jpg.xmp"), r.sidecar());
            assertFalse(r.merged());
        }
        Path sidecar = dir.resolve("img/noir.jpg.xmp");
        String text = Files.readString(sidecar);
        // the element names digiKam and Lightroom look for, in their documented namespaces
        assertTrue(text.contains("xmlns:dc=\"" + DC + "\"") && text.contains("<dc:subject>"), text);
        assertTrue(text.contains("xmlns:lr=\"" + LR + "\"") && text.contains("<lr:hierarchicalSubject>"), text);
        assertFalse(text.contains("<?xpacket"), "a sidecar is a whole file, no packet wrapper");

        XMPMeta xmp = parse(sidecar);
        assertEquals(List.of("Crime", "Drama"), items(xmp, DC, "subject"), "confirmed genres only: no suggestion");
        assertEquals(List.of("Affiche|Genre|Crime", "Affiche|Genre|Drama"), items(xmp, LR, "hierarchicalSubject"));
        assertFalse(xmp.doesPropertyExist(DIGIKAM, "TagsList"), "not created: digiKam reads lr:hierarchicalSubject");
        assertEquals("Out of the Past", xmp.getLocalizedText(DC, "title", "", "x-default").getValue());
        assertEquals(1947, xmp.getPropertyInteger(XmpSchema.NS_AFFICHE, "year"));
        assertEquals("1940s", xmp.getPropertyString(XmpSchema.NS_AFFICHE, "decade"));
        assertFalse(xmp.doesPropertyExist(XMP, "CreateDate"), "the film's year is not the scan's date");
        List<SidecarContent.Suggestion> s = SidecarReader.suggestions(xmp);
        assertEquals(List.of("Thriller", "Mystery"), s.stream().map(SidecarContent.Suggestion::genre).toList(),
                "by confidence");
        assertEquals(0.4213, s.get(0).confidence(), 1e-9);
        assertEquals(0.35, s.get(0).threshold(), 1e-9);
        assertNull(s.get(1).threshold());

        SidecarReader.Labels back = SidecarReader.read(sidecar);
        assertEquals(Set.of("Crime", "Drama"), back.hierarchyGenres());
        assertEquals("Out of the Past", back.title());
        assertEquals(1947, back.year());
    }

    @Test
    void mergesIntoAForeignSidecarKeepingItsFieldsAndKeywordsAndDropsAGenreTheCuratorRemoved() throws Exception {
        Path image = TestPosters.writeJpeg(dir.resolve("img/p.jpg"), 2);
        Path sidecar = dir.resolve("img/p.jpg.xmp");
        Files.writeString(sidecar, FOREIGN);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long id = c.addPoster(TestPosters.of(image));
            c.setConfirmedLabels(id, Set.of("Drama", "Romance"), LabelSource.CURATOR);
            SidecarWriter w = new SidecarWriter(c, SidecarNaming.EXT);
            assertTrue(w.write(id).merged());
            XMPMeta first = parse(sidecar);
            assertEquals(List.of("Signed", "Paris", "Drama", "Romance"), items(first, DC, "subject"));

            c.setConfirmedLabels(id, Set.of("Romance", "War"), LabelSource.CURATOR); // Drama removed, War added
            SidecarWriter.Result again = w.write(id);
            assertTrue(again.ok(), again.error());
        }
        XMPMeta xmp = parse(sidecar);
        assertEquals(List.of("Signed", "Paris", "Romance", "War"), items(xmp, DC, "subject"));
        assertEquals(List.of("Places|Paris", "Affiche|Genre|Romance", "Affiche|Genre|War"),
                items(xmp, LR, "hierarchicalSubject"));
        assertEquals(List.of("Places/Paris", "Affiche/Genre/Romance", "Affiche/Genre/War"), items(xmp, DIGIKAM, "TagsList"),
                "digiKam reads its TagsList first: where the sidecar has one, the genres are in it");
        assertEquals(List.of("Places/Paris", "Affiche/Genre/Romance", "Affiche/Genre/War"),
                items(xmp, "http://ns.microsoft.com/photo/1.0/", "LastKeywordXMP"));
        assertEquals(4, xmp.getPropertyInteger(XMP, "Rating"));
        assertEquals("A-1142", xmp.getPropertyString(DEALER, "StockNumber"));
        assertEquals("Linen-backed, folds", xmp.getLocalizedText(DC, "description", "", "x-default").getValue());
        assertFalse(xmp.doesPropertyExist(DC, "title"), "no title known: none invented");
        assertFalse(xmp.doesPropertyExist(XmpSchema.NS_AFFICHE, "year"));
    }

    @Test
    void aMalformedSidecarIsLeftByteForByteAndThatPosterAloneFails() throws Exception {
        Path bad = TestPosters.writeJpeg(dir.resolve("img/bad.jpg"), 3);
        Path good = TestPosters.writeJpeg(dir.resolve("img/good.jpg"), 4);
        byte[] broken = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF".getBytes();
        Files.write(dir.resolve("img/bad.jpg.xmp"), broken);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long a = c.addPoster(TestPosters.of(bad));
            long b = c.addPoster(TestPosters.of(good));
            List<SidecarWriter.Result> results = new SidecarWriter(c, SidecarNaming.EXT).writeAll(List.of(a, b),
                    (d, t) -> { }, () -> false);
            assertFalse(results.get(0).ok());
            assertTrue(results.get(0).error().contains("cannot be read") && results.get(0).error().contains("left as it is"),
                    results.get(0).error());
            assertTrue(results.get(1).ok(), results.get(1).error());
        }
        assertArrayEquals(broken, Files.readAllBytes(dir.resolve("img/bad.jpg.xmp")));
        assertTrue(Files.isRegularFile(dir.resolve("img/good.jpg.xmp")));
    }

    @Test
    void anUnwritableFolderFailsItsPosterWithTheReasonAndTheOthersAreWritten() throws Exception {
        Path locked = TestPosters.writeJpeg(dir.resolve("locked/a.jpg"), 5);
        Path open = TestPosters.writeJpeg(dir.resolve("open/b.jpg"), 6);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long a = c.addPoster(TestPosters.of(locked));
            long b = c.addPoster(TestPosters.of(open));
            c.setConfirmedLabels(a, Set.of("Drama"), LabelSource.CURATOR);
            List<SidecarWriter.Result> results;
            UnwritableFolder unwritable = UnwritableFolder.of(locked.getParent());
            try {
                results = new SidecarWriter(c, SidecarNaming.EXT).writeAll(List.of(a, b), (d, t) -> { }, () -> false);
            } finally {
                unwritable.close();
            }
            assertFalse(results.get(0).ok());
            assertTrue(results.get(0).error().startsWith("cannot write in " + locked.getParent()), results.get(0).error());
            assertTrue(results.get(1).ok(), results.get(1).error());
        }
        try (var files = Files.list(locked.getParent())) {
            assertEquals(List.of(locked), files.toList(), "no sidecar, no temporary file left");
        }
    }

    @Test
    void theBaseNameIsWrittenForOneImageOnlyAndReadBackByImport() throws Exception {
        Path jpg = TestPosters.writeJpeg(dir.resolve("img/poster.jpg"), 7);
        Path png = dir.resolve("img/poster.png");
        Files.write(png, TestPosters.jpeg(8, 60, 90)); // the name is what matters here
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long a = c.addPoster(TestPosters.of(jpg));
            long b = c.addPoster(TestPosters.of(png));
            c.setConfirmedLabels(a, Set.of("Western"), LabelSource.CURATOR);
            SidecarWriter w = new SidecarWriter(c, SidecarNaming.BASE);
            SidecarWriter.Result first = w.write(a);
            assertEquals(dir.resolve("img/poster.xmp"), first.sidecar());
            SidecarWriter.Result second = w.write(b);
            assertFalse(second.ok());
            assertTrue(second.error().contains("belongs to another image"), second.error());
        }
        assertEquals(Set.of("Western"), SidecarReader.read(dir.resolve("img/poster.xmp")).hierarchyGenres());
        assertEquals(dir.resolve("img/poster.xmp"), SidecarNaming.find(jpg).orElseThrow());
    }

    @Test
    void aMissingImageFailsWithItsPath() throws Exception {
        Path image = TestPosters.writeJpeg(dir.resolve("img/gone.jpg"), 9);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long id = c.addPoster(TestPosters.of(image));
            Files.delete(image);
            SidecarWriter.Result r = new SidecarWriter(c, SidecarNaming.EXT).write(id);
            assertEquals("image not found at " + image + " (moved or deleted?)", r.error());
        }
    }

    @Test
    void aCancelledBatchStopsBeforeTheNextPoster() throws Exception {
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            long a = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/1.jpg"), 10)));
            long b = c.addPoster(TestPosters.of(TestPosters.writeJpeg(dir.resolve("img/2.jpg"), 11)));
            int[] progress = new int[1];
            List<SidecarWriter.Result> results = new SidecarWriter(c, SidecarNaming.EXT).writeAll(List.of(a, b),
                    (done, total) -> progress[0] = done, () -> progress[0] >= 1);
            assertEquals(1, results.size());
            assertEquals(1, progress[0]);
        }
        assertTrue(Files.exists(dir.resolve("img/1.jpg.xmp")));
        assertFalse(Files.exists(dir.resolve("img/2.jpg.xmp")));
    }
}
