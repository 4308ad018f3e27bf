package app.affiche.pipeline;

import app.affiche.catalogue.NewPoster;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.ImageInfo;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.imaging.TwoSizes;
import app.affiche.palette.PaletteExtractor;
import app.affiche.poster.Palette;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU-heavy part of importing one file: decode, palette, thumbnail, perceptual hash. Runs on a worker thread. */
final class PosterPreparer {
    static final int DECODE_MIN_SIDE = 512;
    static final int THUMBNAIL_SIDE = 256;
    static final int PALETTE_COLOURS = 6;

    private final PosterDecoder decoder;
    private final PaletteExtractor palettes;
    private final EncoderImages forEncoder;

    /** @param forEncoder where the encoder's input goes, decoded with the import's copy; null: the import's alone */
    PosterPreparer(PosterDecoder decoder, PaletteExtractor palettes, EncoderImages forEncoder) {
        this.decoder = decoder;
        this.palettes = palettes;
        this.forEncoder = forEncoder;
    }

    NewPoster prepare(Path file, String sha256, String storedPath) throws IOException {
        long size = Files.size(file);
        if (size == 0) throw new DecodeException("empty file (0 bytes)");
        ImageInfo info = decoder.probe(file);
        BufferedImage image;
        if (forEncoder != null && forEncoder.side() <= DECODE_MIN_SIDE && forEncoder.wanted()) {
            TwoSizes both = decoder.readTwoSizes(file, DECODE_MIN_SIDE, forEncoder.side());
            image = both.large();
            forEncoder.put(file, both.small());
        } else {
            image = decoder.read(file, DECODE_MIN_SIDE);
        }
        Palette palette = palettes.extract(image, PALETTE_COLOURS);
        byte[] thumbnail = ImageOps.thumbnailJpeg(image, THUMBNAIL_SIDE);
        return new NewPoster(sha256, storedPath, size, info.width(), info.height(), info.format(), null, null,
                thumbnail, palette, PerceptualHash.dct(image)); // from the one decode, like palette and thumbnail
    }
}
