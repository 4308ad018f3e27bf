package app.affiche.ui;

import app.affiche.SharedData;
import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.imaging.ImageOps;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.pipeline.PreviewFixture;
import app.affiche.poster.LabelSource;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Not part of the suite (no "Test" in its name): the real workbench at 1366×768 on a dozen shared posters with
 * stored suggestions, one poster shown and then two selected, saved as PNGs for a person to look at.
 * {@code ./mvnw -o test -Dtest=ReviewLoopScreenshot -Dshots=/tmp/shots/before}
 */
@ExtendWith(ApplicationExtension.class)
class ReviewLoopScreenshot {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home")));
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("shots", "/tmp/shots")));
        Session session = app.ready().get(20, TimeUnit.SECONDS);
        Catalogue catalogue = session.gateway().catalogue();
        List<String> rows = Files.readAllLines(SharedData.postersCsv()).subList(1, 13);
        PosterDecoder decoder = new PosterDecoder();
        for (String line : rows) {
            var row = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(line)).getRecords().getFirst();
            Path file = SharedData.posters().resolve(row.get(0));
            BufferedImage image = decoder.read(file, 256);
            long id = catalogue.addPoster(new NewPoster(PreviewFixture.sha(file), file.toString(), Files.size(file),
                    image.getWidth(), image.getHeight(), "JPEG", row.get(2), Integer.parseInt(row.get(3)),
                    ImageOps.thumbnailJpeg(image, 256), new PaletteExtractor().extract(image, 6)));
            if (id % 3 == 0) catalogue.setConfirmedLabels(id, Set.of(row.get(5).split("\\|")), LabelSource.IMPORT);
            else catalogue.setModelLabels(id, Map.of("Drama", 0.81, "Crime", 0.55, "Thriller", 0.41, "Action", 0.3));
        }
        robot.interact(() -> app.controller().refresh());
        WorkbenchFxTest.await(() -> app.controller().viewModel().shown().get() == 12, 20);
        robot.interact(() -> app.controller().move(+1));
        robot.interact(() -> app.controller().move(+1));
        Thread.sleep(2500);
        shot(robot, out.resolve("1-detail.png"));
        if (app.controller().reviewViewModel().keyMap().get().entries().containsKey("Horror")) {
            // a draft the keys changed: one suggestion unticked, one genre ticked, nothing saved yet
            robot.interact(() -> {
                app.controller().reviewViewModel().toggle("Crime");
                app.controller().reviewViewModel().toggle("Horror");
            });
            Thread.sleep(500);
            shot(robot, out.resolve("1b-draft.png"));
        }
        robot.interact(() -> {
            var vm = app.controller().viewModel();
            long id = vm.selected().iterator().next();
            vm.toggle(vm.cursor().get() + 1, id + 1);
        });
        Thread.sleep(1500);
        shot(robot, out.resolve("2-multi.png"));

        var thresholds = app.controller().thresholds();
        robot.interact(() -> thresholds.setAll(Map.of("Drama", 0.42, "Crime", 0.31, "Thriller", 0.36, "Western", 0.5), 0.25));
        robot.interact(() -> thresholds.threshold("Crime").set(0.4));
        robot.clickOn("Thresholds…");
        Thread.sleep(1000);
        Stage window = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && "Thresholds".equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        BufferedImage[] img = new BufferedImage[1];
        robot.interact(() -> img[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        ImageIO.write(img[0], "png", out.resolve("3-thresholds.png").toFile());
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        BufferedImage[] img = new BufferedImage[1];
        robot.interact(() -> img[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        ImageIO.write(img[0], "png", file.toFile());
        System.out.println("saved " + file);
    }
}
