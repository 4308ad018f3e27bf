package app.affiche.ui;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.LabelUpdate;
import app.affiche.catalogue.NewPoster;
import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PosterFilter;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import app.affiche.ui.palettestats.PaletteStatsWindow;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The palette analytics window opened from the real workbench on a catalogue of red-and-black Horror posters from
 * the 1970s and blue Comedy posters from the 1990s: the charts show the catalogue's statistics per genre, and per
 * decade after the toggle; the query runs off the JavaFX thread (the gateway refuses it there).
 */
@ExtendWith(ApplicationExtension.class)
class PaletteAnalyticsFxTest {
    @TempDir
    static Path dir;
    private AfficheApp app;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(dir.resolve("home-" + System.nanoTime()));
        try (Catalogue catalogue = Catalogue.open(home.resolve("catalogue.db"))) {
            List<NewPoster> posters = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boolean horror = i % 2 == 0;
                PaletteColor colour = new PaletteColor(horror ? 0xA01818 : 0x3070D0, 0.7, false);
                PaletteColor grey = new PaletteColor(horror ? 0x101010 : 0xF0F0F0, 0.3, true);
                posters.add(new NewPoster(HexFormat.of().formatHex(new byte[31]) + String.format("%02x", i), "/p/" + i + ".jpg",
                        1, 160, 240, "JPEG", "Poster " + i, horror ? 1975 : 1995, UiTestData.thumbnail(i),
                        new Palette(colour, List.of(colour), List.of(grey), 6, true)));
            }
            var added = catalogue.addPosters(posters);
            List<LabelUpdate> labels = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                labels.add(new LabelUpdate(added.get(i).id(), null, null, Set.of(i % 2 == 0 ? "Horror" : "Comedy"),
                        LabelSource.IMPORT));
            }
            catalogue.applyLabelUpdates(labels);
        }
        app = FxApp.start(stage, home);
    }

    @AfterEach
    void stop() throws Exception {
        FxApp.stop(app);
    }

    @Test
    void opensFromTheWorkbenchAndChartsByGenreThenByDecade(FxRobot robot) throws Exception {
        app.ready().get(20, TimeUnit.SECONDS);
        PaletteStats expected;
        try (Catalogue c = Catalogue.openReadOnly(home.resolve("catalogue.db"))) {
            expected = c.paletteStats(PaletteStats.Grouping.GENRE, PosterFilter.ALL);
        }
        robot.clickOn("Palette analytics…");
        WorkbenchFxTest.await(() -> window().isPresent(), 10);
        Stage window = window().orElseThrow();
        WorkbenchFxTest.await(() -> hues(robot, window).isPresent(), 10);
        StackedBarChart<Number, String> hues = hues(robot, window).orElseThrow();
        assertEquals(List.of("Horror", "Comedy"), ((CategoryAxis) hues.getYAxis()).getCategories(),
                "one bar per genre, the first at the top");
        assertEquals(12, hues.getData().size(), "one series per hue bin");
        double horrorRed = value(hues.getData().getFirst(), "Horror");
        assertEquals(100 * expected.groups().get(1).hues().getFirst(), horrorRed, 1e-9);
        assertEquals(100.0, horrorRed, 1e-9, "deep red is all of the Horror posters' colour");
        assertEquals(0.0, value(hues.getData().getFirst(), "Comedy"), 1e-9);
        assertTrue(robot.from(window.getScene().getRoot()).lookup("#palette-summary").queryAs(Label.class).getText()
                .startsWith("6 posters with a palette, by genre: 2 genres"));

        robot.clickOn("#palette-by-decade");
        WorkbenchFxTest.await(() -> hues(robot, window).map(c -> ((CategoryAxis) c.getYAxis()).getCategories()
                .equals(List.of("1990s", "1970s"))).orElse(false), 10);
        TabPane tabs = robot.from(window.getScene().getRoot()).lookup("#palette-tabs").queryAs(TabPane.class);
        robot.clickOn("Grey share");
        @SuppressWarnings("unchecked")
        BarChart<Number, String> grey = (BarChart<Number, String>) robot.from(window.getScene().getRoot())
                .lookup("#palette-grey").query();
        assertEquals(2, tabs.getSelectionModel().getSelectedIndex());
        assertEquals(30.0, value(grey.getData().getFirst(), "1970s"), 1e-9, "black is 30 % of each 1970s palette");
        assertTrue(grey.isVisible() && grey.getHeight() > 100, "the chart is laid out in the window: " + grey.getHeight());
        robot.clickOn("Swatches");
        assertTrue(robot.from(window.getScene().getRoot()).lookup(".palette-swatch").queryAll().size() >= 2);

        robot.interact(window::close);
        WorkbenchFxTest.await(() -> !window.isShowing(), 5);
    }

    private static double value(XYChart.Series<Number, String> series, String group) {
        return series.getData().stream().filter(d -> d.getYValue().equals(group)).findFirst().orElseThrow()
                .getXValue().doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Optional<StackedBarChart<Number, String>> hues(FxRobot robot, Stage window) {
        return robot.from(window.getScene().getRoot()).lookup("#palette-hues").tryQuery()
                .map(n -> (StackedBarChart<Number, String>) n);
    }

    private static Optional<Stage> window() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && PaletteStatsWindow.TITLE.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst();
    }
}
