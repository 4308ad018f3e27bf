package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.catalogue.TestPosters;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The import batch on real generated JPEGs, the real decoder and a real catalogue. */
class ImportBatchTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsImaging() {
        ImagingAvailable.assume();
    }

    private ImportBatch batch(Catalogue c, ImportListener listener) {
        return new ImportBatch(c, new PosterDecoder(), new PaletteExtractor(), 2, listener);
    }

    @Test
    void importsFolderOnceSkipsDuplicatesAndStoresThumbnailAndPalette() throws Exception {
        for (int i = 0; i < 6; i++) TestPosters.writeJpeg(dir.resolve("in/p" + i + ".jpg"), i);
        Files.copy(dir.resolve("in/p0.jpg"), dir.resolve("in/copy-of-p0.jpg"));
        List<ImportProgress> progress = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inside = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        ImportListener listener = new ImportListener() {
            @Override
            public void itemChanged(ImportItem item) {
                if (inside.incrementAndGet() > 1) overlapped.set(true);
                inside.decrementAndGet();
            }

            @Override
            public void progress(ImportProgress p) {
                progress.add(p);
            }
        };
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            ImportReport report = batch(c, listener).run(List.of(dir.resolve("in")));
            assertEquals(List.of(), report.failures());
            assertEquals(6, report.count(ItemState.DONE));
            assertEquals(1, report.count(ItemState.SKIPPED_DUPLICATE));
            assertEquals(6, c.count(PosterFilter.ALL));
            assertFalse(overlapped.get(), "listener calls are serialised");
            ImportProgress last = progress.getLast();
            assertEquals(7, last.found());
            assertEquals(7, last.finished());
            assertFalse(last.walking());

            Poster p = c.posters(PosterFilter.ALL).getFirst();
            assertEquals(120, p.width());
            assertEquals(180, p.height());
            assertEquals("JPEG", p.format());
            var thumb = ImageIO.read(new ByteArrayInputStream(c.thumbnail(p.id()).orElseThrow()));
            assertTrue(thumb.getHeight() <= 256 && thumb.getHeight() > 0);
            assertFalse(c.palette(p.id()).orElseThrow().colours().isEmpty() && c.palette(p.id()).orElseThrow()
                    .greys().isEmpty());

            ImportReport again = batch(c, ImportListener.NONE).run(List.of(dir.resolve("in")));
            assertEquals(7, again.count(ItemState.SKIPPED_DUPLICATE), "re-importing is a no-op");
            assertEquals(6, c.count(PosterFilter.ALL));
        }
    }

    @Test
    void cancelStopsSchedulingAndKeepsWhatWasStored() throws Exception {
        for (int i = 0; i < 60; i++) TestPosters.writeJpeg(dir.resolve("in/p" + i + ".jpg"), 100 + i);
        try (Catalogue c = Catalogue.open(dir.resolve("catalogue.db"))) {
            ImportBatch[] holder = new ImportBatch[1];
            holder[0] = new ImportBatch(c, new PosterDecoder(), new PaletteExtractor(), 1, new ImportListener() {
                @Override
                public void itemChanged(ImportItem item) {
                    if (item.state() == ItemState.DONE) holder[0].cancel();
                }
            });
            ImportReport report = holder[0].run(List.of(dir.resolve("in")));
            assertTrue(report.cancelled());
            assertFalse(report.allGood());
            long done = report.count(ItemState.DONE);
            assertTrue(done >= 1 && done < 60, "done: " + done);
            assertEquals(done, c.count(PosterFilter.ALL), "every finished poster stored, nothing else");
            assertTrue(report.items().stream().allMatch(i -> i.state().isFinal()));
        }
    }
}
