package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.poster.Poster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An import that also decodes the encoder's input (one decode of a dropped scan) stores the same thumbnails and
 * palettes as a plain import, and the encoder input it hands over gives the same embedding, bit for bit, as
 * decoding the file again at the encoder's side.
 */
class OneDecodeImportTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsImaging() {
        ImagingAvailable.assume();
    }

    @Test
    void sameThumbnailsPalettesAndEmbeddingsAsADecodePerStage() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ImageIO.write(textured(6000, 4000), "jpg", in.resolve("scan.jpg").toFile());
        ImageIO.write(textured(1500, 1000), "png", in.resolve("wide.png").toFile());
        Path shared = SharedData.posters().resolve("images");
        try (Stream<Path> posters = Files.list(shared).sorted().limit(6)) {
            for (Path p : posters.toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        EncoderImages handed = new EncoderImages(224, 64);
        PosterDecoder decoder = new PosterDecoder();
        try (Catalogue plain = Catalogue.open(dir.resolve("plain.db")); Catalogue one = Catalogue.open(dir.resolve("one.db"));
             Encoder encoder = RealEncoder.open("mobilenetv2-fp32")) {
            ImportListener quiet = new ImportListener() { };
            new ImportBatch(plain, decoder, new PaletteExtractor(), 2, quiet).run(List.of(in));
            new ImportBatch(one, decoder, new PaletteExtractor(), 2, quiet, app.affiche.catalogue.ImportLabels.NONE, handed)
                    .run(List.of(in));
            java.util.Comparator<Poster> bySha = java.util.Comparator.comparing(Poster::sha256);
            List<Poster> a = plain.posters(PosterFilter.ALL).stream().sorted(bySha).toList();
            List<Poster> b = one.posters(PosterFilter.ALL).stream().sorted(bySha).toList();
            assertEquals(8, a.size());
            assertEquals(8, handed.size());
            for (int i = 0; i < a.size(); i++) {
                Poster pa = a.get(i), pb = b.get(i);
                assertEquals(pa.sha256(), pb.sha256());
                assertArrayEquals(plain.thumbnail(pa.id()).orElseThrow(), one.thumbnail(pb.id()).orElseThrow(), pa.path());
                assertEquals(plain.palette(pa.id()).orElseThrow(), one.palette(pb.id()).orElseThrow(), pa.path());
                Path file = Path.of(pb.path());
                BufferedImage ready = handed.take(file);
                assertNotNull(ready, pb.path());
                float[] fromImport = encoder.embed(List.of(ready))[0];
                float[] decodedAgain = encoder.embed(List.of(decoder.read(file, 224)))[0];
                assertArrayEquals(decodedAgain, fromImport, pb.path()); // exact: no tolerance
                assertNull(handed.take(file), "taken once");
            }
        }
    }

    @Test
    void aFileChangedAfterTheImportIsNotHandedOverAndNoneAreMadeWhenUnwanted() throws Exception {
        Path file = dir.resolve("p.png");
        ImageIO.write(textured(300, 450), "png", file.toFile());
        EncoderImages handed = new EncoderImages(224, 2);
        handed.put(file, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertNull(handed.take(file));
        for (int i = 0; i < 3; i++) handed.put(dir.resolve("p.png"), new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        assertEquals(1, handed.size());

        EncoderImages unwanted = new EncoderImages(224, 4);
        unwanted.wantedWhile(() -> false); // no encoder to take them: the import decodes its own copy only
        try (Catalogue c = Catalogue.open(dir.resolve("unwanted.db"))) {
            new ImportBatch(c, new PosterDecoder(), new PaletteExtractor(), 1, new ImportListener() { },
                    app.affiche.catalogue.ImportLabels.NONE, unwanted).run(List.of(file));
            assertEquals(1, c.count(PosterFilter.ALL));
        }
        assertEquals(0, unwanted.size());
    }

    private static BufferedImage textured(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 255 / w) ^ ((x * y) >> 9 & 31), g = (y * 255 / h) ^ ((x + y) >> 3 & 15), b = ((x ^ y) >> 4) & 255;
                img.setRGB(x, y, (r & 255) << 16 | (g & 255) << 8 | b);
            }
        }
        return img;
    }
}
