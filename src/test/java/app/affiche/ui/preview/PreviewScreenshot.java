package app.affiche.ui.preview;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.embedding.Encoder;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.PreviewAnalysis;
import app.affiche.pipeline.PreviewFixture;
import app.affiche.pipeline.PreviewNeighbours;
import app.affiche.pipeline.PreviewPredictor;
import app.affiche.pipeline.RealEncoder;
import app.affiche.similar.MetricFeedbackStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: fills a temporary catalogue with every k-th shared poster (embeddings from the real encoder), opens
 * the preview pane on a draft and saves a snapshot of the window, for a person to look at.
 * {@code PreviewScreenshot WORK_DIR DRAFT OUT.png [EVERY_KTH [no-encoder|no-heads]]} (under Xvfb).
 */
public final class PreviewScreenshot {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]), draft = Path.of(args[1]), out = Path.of(args[2]);
        int every = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String missing = args.length > 4 ? args[4] : "";
        Files.createDirectories(work);
        Encoder encoder = RealEncoder.open();
        Catalogue catalogue = Catalogue.open(work.resolve("catalogue.db"));
        // A catalogue left by an earlier run is reused as it is (filling one embeds every poster: minutes on a CPU).
        List<float[]> embeddings = catalogue.count(app.affiche.catalogue.PosterFilter.ALL) > 0
                ? List.copyOf(catalogue.embeddings(encoder.id()).values()) : fill(catalogue, encoder, every);
        PreviewPredictor predictor = ScreenshotPredictor.train(catalogue, encoder.id());
        PreviewNeighbours neighbours = new PreviewNeighbours(catalogue, encoder.id(),
                MetricFeedbackStore.inHome(work.resolve("home")), System.err::println);
        var background = Executors.newSingleThreadExecutor();
        CompletableFuture<PreviewPane> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            PreviewPane pane = new PreviewPane(() -> new PreviewAnalysis(new PosterDecoder(), new PaletteExtractor(),
                    missing.equals("no-encoder") ? null : encoder, missing.isEmpty() ? predictor : null, neighbours), background);
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 1280, 860));
            stage.setTitle("Affiche — designer preview");
            stage.show();
            pane.open(draft);
            shown.complete(pane);
        });
        PreviewPane pane = shown.get(20, TimeUnit.SECONDS);
        for (int i = 0; i < 240 && pane.viewModel().runningProperty().get() || i < 2; i++) Thread.sleep(500);
        Thread.sleep(2000); // thumbnails and heatmap pixels are converted after the result arrives
        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(SwingFXUtils.fromFXImage(pane.getScene().snapshot(null), null)));
        ImageIO.write(shot.get(10, TimeUnit.SECONDS), "png", out.toFile());
        System.out.println("indexed " + embeddings.size() + ", status: " + pane.viewModel().statusProperty().get());
        Platform.runLater(Platform::exit);
        background.shutdownNow();
        background.awaitTermination(60, TimeUnit.SECONDS); // never close the encoder under a running inference
        catalogue.close();
        encoder.close();
        System.exit(0);
    }

    private static List<float[]> fill(Catalogue catalogue, Encoder encoder, int every) throws Exception {
        Path root = app.affiche.SharedData.posters();
        List<String> lines = Files.readAllLines(root.resolve("posters.csv"));
        PosterDecoder decoder = new PosterDecoder();
        PaletteExtractor palettes = new PaletteExtractor();
        List<float[]> all = new ArrayList<>();
        List<BufferedImage> batch = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i < lines.size(); i += every) {
            var row = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(lines.get(i))).getRecords().getFirst();
            Path file = root.resolve(row.get(0));
            BufferedImage image = decoder.read(file, 256);
            long id = catalogue.addPoster(new NewPoster(PreviewFixture.sha(file), file.toString(), Files.size(file),
                    image.getWidth(), image.getHeight(), "JPEG", row.get(2), Integer.parseInt(row.get(3)),
                    ImageOps.thumbnailJpeg(image, 256), palettes.extract(image, 6)));
            catalogue.setConfirmedLabels(id, java.util.Set.of(row.get(5).split("\\|")), app.affiche.poster.LabelSource.IMPORT);
            batch.add(image);
            ids.add(id);
            if (batch.size() == 32 || i + every >= lines.size()) {
                float[][] e = encoder.embed(batch);
                for (int j = 0; j < e.length; j++) catalogue.putEmbedding(ids.get(j), encoder.id(), e[j]);
                all.addAll(List.of(e));
                batch.clear();
                ids.clear();
            }
        }
        return all;
    }
}
