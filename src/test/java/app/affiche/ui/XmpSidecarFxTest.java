package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.TestPosters;
import app.affiche.catalogue.xmp.SidecarReader;
import app.affiche.poster.LabelSource;
import app.affiche.ui.common.FxGuard;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static app.affiche.ui.WorkbenchFxTest.await;
import static app.affiche.ui.WorkbenchFxTest.clickCaption;
import static org.junit.jupiter.api.Assertions.*;

/** In the real window: Write XMP on a selection writes each poster's sidecar off the JavaFX thread and says how it went. */
@ExtendWith(ApplicationExtension.class)
class XmpSidecarFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = FxApp.start(stage, Files.createDirectories(dir.resolve("home-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void writeXmpOnTheSelectionWritesSidecarsAndNamesWhatFailed(FxRobot robot) throws Exception {
        int violationsBefore = FxGuard.violations();
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        Path folder = Files.createDirectories(dir.resolve("scans-" + System.nanoTime()));
        Path a = TestPosters.writeJpeg(folder.resolve("alpha.jpg"), 1);
        Path b = TestPosters.writeJpeg(folder.resolve("beta.jpg"), 2);
        Path gone = TestPosters.writeJpeg(folder.resolve("gone.jpg"), 3);
        long idA = catalogue.addPoster(TestPosters.of(a));
        catalogue.addPoster(TestPosters.of(b));
        catalogue.addPoster(TestPosters.of(gone));
        Files.delete(gone); // moved away since its import: its sidecar cannot be written
        catalogue.setConfirmedLabels(idA, Set.of("Horror", "Thriller"), LabelSource.CURATOR);
        robot.interact(() -> app.controller().refresh());
        await(() -> app.controller().viewModel().shown().get() == 3);

        Button write = robot.lookup("#write-xmp").queryAs(Button.class);
        assertTrue(write.isDisabled(), "nothing selected, nothing to write");
        clickCaption(robot, "alpha.jpg");
        robot.press(KeyCode.CONTROL);
        clickCaption(robot, "beta.jpg");
        clickCaption(robot, "gone.jpg");
        robot.release(KeyCode.CONTROL);
        await(() -> app.controller().viewModel().selected().size() == 3 && !write.isDisabled());
        robot.clickOn(write);

        javafx.scene.control.Labeled statusLine = robot.lookup("#xmp-status").queryLabeled();
        try {
            await(() -> statusLine.getText().startsWith("XMP sidecars: 2 written"), 60);
        } catch (java.util.concurrent.TimeoutException e) {
            fail("status line still says: '" + statusLine.getText() + "', button: " + write.getText());
        }
        String status = statusLine.getText();
        assertEquals("XMP sidecars: 2 written, 1 failed — gone.jpg: image not found at " + gone
                + " (moved or deleted?)", status);
        assertEquals(Set.of("Horror", "Thriller"), SidecarReader.read(folder.resolve("alpha.jpg.xmp")).hierarchyGenres());
        assertTrue(Files.isRegularFile(folder.resolve("beta.jpg.xmp")));
        assertEquals("Write XMP", write.getText());
        assertEquals(violationsBefore, FxGuard.violations(), "catalogue or file work ran on the JavaFX thread");
    }

    @Test
    void aDroppedFileWithASidecarComesInWithItsGenresAsImportLabels(FxRobot robot) throws Exception {
        Catalogue catalogue = app.ready().get(20, TimeUnit.SECONDS).gateway().catalogue();
        Path folder = Files.createDirectories(dir.resolve("drop-" + System.nanoTime()));
        Path scan = TestPosters.writeJpeg(folder.resolve("tagged.jpg"), 4);
        Files.writeString(folder.resolve("tagged.jpg.xmp"), """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:lr="http://ns.adobe.com/lightroom/1.0/">
                  <lr:hierarchicalSubject><rdf:Bag><rdf:li>Affiche|Genre|Western</rdf:li></rdf:Bag></lr:hierarchicalSubject>
                 </rdf:Description></rdf:RDF></x:xmpmeta>""");
        robot.interact(() -> app.controller().filesDropped(java.util.List.of(scan.toFile())));
        await(() -> catalogue.posterIdByPath(scan.toString()).isPresent());
        long id = catalogue.posterIdByPath(scan.toString()).getAsLong();
        assertEquals(java.util.List.of("Western:IMPORT"), catalogue.labels(id).stream()
                .filter(l -> l.source().confirmed()).map(l -> l.genre() + ":" + l.source()).toList());
    }
}
