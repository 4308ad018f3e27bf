package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.similar.MetricFeedbackStore;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Real parts for preview tests: the shared mobilenetv2 encoder, a SQLite catalogue of generated striped / plain
 * posters with their embeddings, thumbnails and palettes, and a logistic predictor trained on those embeddings.
 */
public final class PreviewFixture implements AutoCloseable {
    public final Path dir;
    public final Encoder encoder;
    public final Catalogue catalogue;
    public final TinyLogisticPredictor predictor;
    public final List<BufferedImage> catalogued = new ArrayList<>();

    public PreviewFixture(Path dir, int posters) throws Exception {
        this.dir = dir;
        encoder = RealEncoder.open();
        Random random = new Random(21);
        boolean[] striped = new boolean[posters];
        for (int i = 0; i < posters; i++) {
            striped[i] = i % 2 == 0;
            catalogued.add(SyntheticPosters.make(striped[i], random));
        }
        float[][] embeddings = encoder.embed(catalogued);
        predictor = new TinyLogisticPredictor("Striped", "Plain", embeddings, striped, 1.0);
        catalogue = Catalogue.open(dir.resolve("catalogue.db"));
        PaletteExtractor palettes = new PaletteExtractor();
        for (int i = 0; i < posters; i++) {
            Path file = write(catalogued.get(i), "poster-" + i + ".png");
            long id = catalogue.addPoster(new NewPoster(sha(file), file.toString(), Files.size(file), SyntheticPosters.WIDTH,
                    SyntheticPosters.HEIGHT, "PNG", "Poster " + i, 1950 + i, ImageOps.thumbnailJpeg(catalogued.get(i), 128),
                    palettes.extract(catalogued.get(i), 6)));
            catalogue.putEmbedding(id, encoder.id(), embeddings[i]);
        }
    }

    public Path home() {
        return dir.resolve("home");
    }

    public PreviewNeighbours neighbours() {
        return new PreviewNeighbours(catalogue, encoder.id(), MetricFeedbackStore.inHome(home()),
                msg -> { throw new AssertionError(msg); });
    }

    public PreviewAnalysis analysis(boolean withEncoder, boolean withPredictor) {
        return new PreviewAnalysis(new PosterDecoder(), new PaletteExtractor(), withEncoder ? encoder : null,
                withPredictor ? predictor : null, neighbours());
    }

    public Path write(BufferedImage image, String name) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    public static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Override
    public void close() {
        catalogue.close();
        encoder.close();
    }
}
