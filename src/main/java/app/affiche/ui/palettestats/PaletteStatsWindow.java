package app.affiche.ui.palettestats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.catalogue.PaletteStats.Grouping;
import app.affiche.poster.ColourBins;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.Tasks;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Palette analytics of the posters the workbench's filters show: hue mix, lightness, grey share and typical
 * swatches per genre or decade, as JavaFX charts. The one aggregate query runs on the given executor; a request
 * still running when the grouping changes or the window closes is cancelled and its answer dropped.
 */
public final class PaletteStatsWindow {
    public static final String TITLE = "Palette analytics";

    private final PaletteStatsViewModel vm;
    private final Executor executor;
    private final Supplier<CatalogueGateway> gateway;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private Task<PaletteStats> running;

    private PaletteStatsWindow(PaletteStatsViewModel vm, Executor executor, Supplier<CatalogueGateway> gateway) {
        this.vm = vm;
        this.executor = executor;
        this.gateway = gateway;
    }

    /** Opens the window for these posters, or brings the one already open for this owner to the front. */
    public static Stage show(Window owner, Executor executor, Supplier<CatalogueGateway> gateway, PaletteStatsViewModel vm) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getOwner() == owner && TITLE.equals(s.getTitle())) {
                s.toFront();
                return s;
            }
        }
        PaletteStatsWindow window = new PaletteStatsWindow(vm, executor, gateway);
        window.build(owner);
        window.load();
        return window.stage;
    }

    private void build(Window owner) {
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        ToggleGroup group = new ToggleGroup();
        ToggleButton byGenre = toggle("By genre", Grouping.GENRE, group);
        ToggleButton byDecade = toggle("By decade", Grouping.DECADE, group);
        group.selectToggle(vm.grouping().get() == Grouping.GENRE ? byGenre : byDecade);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) group.selectToggle(was); // one of the two stays chosen
            else if (vm.grouping().get() != now.getUserData()) {
                vm.grouping().set((Grouping) now.getUserData());
                load();
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loading());
        Label summary = new Label();
        summary.textProperty().bind(vm.summary());
        summary.setWrapText(true);
        summary.setId("palette-summary");
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(10, byGenre, byDecade, busy, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 10, 8, 10));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("palette-tabs");
        vm.stats().addListener((o, was, now) -> {
            if (now != null) show(now);
        });
        BorderPane root = new BorderPane(tabs, top, null, null, null);
        root.setPrefSize(980, 720);
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().add(PaletteStatsWindow.class.getResource("/app/affiche/ui/affiche.css").toExternalForm());
        stage.setOnHidden(e -> {
            if (running != null) running.cancel();
        });
        stage.show();
    }

    private static ToggleButton toggle(String text, Grouping grouping, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(grouping);
        b.setToggleGroup(group);
        b.setId("palette-by-" + grouping.key());
        b.setMinWidth(Region.USE_PREF_SIZE); // the summary beside them wraps instead
        return b;
    }

    private void load() {
        if (running != null) running.cancel();
        int request = vm.request();
        Grouping by = vm.grouping().get();
        running = Tasks.of(() -> gateway.get().paletteStats(by, vm.filter()))
                .onSuccess(stats -> vm.answered(request, stats))
                .onError(e -> vm.failed(request, e))
                .runOn(executor);
    }

    private void show(PaletteStats stats) {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        Region hues = PaletteStatsCharts.stacked(stats, ColourBins.HUE_NAMES, ColourBins::hueColour,
                (g, b) -> g.hues().get(b));
        hues.setId("palette-hues");
        Region lights = PaletteStatsCharts.stacked(stats, ColourBins.LIGHT_NAMES, ColourBins::lightColour,
                (g, b) -> g.lights().get(b));
        lights.setId("palette-lightness");
        Region grey = PaletteStatsCharts.greyShare(stats);
        grey.setId("palette-grey");
        ScrollPane swatches = new ScrollPane(PaletteStatsCharts.swatches(stats));
        swatches.setId("palette-swatches");
        tabs.getTabs().setAll(
                tab("Hues", hues, PaletteStatsCharts.legend(ColourBins.HUE_NAMES, ColourBins::hueColour),
                        "Hue mix of the non-grey colours (HSV, 30° bins; orange takes in browns, tans and skin)"),
                tab("Lightness", lights, PaletteStatsCharts.legend(ColourBins.LIGHT_NAMES, ColourBins::lightColour),
                        "Lightness of the whole palette, greys included (CIE L* in fifths)"),
                tab("Grey share", grey, null, "Share of each palette that is near-grey (Lab chroma < 10)"),
                tab("Swatches", swatches, null, "The colour cells most often a poster's largest colour (their mean)"));
        tabs.getSelectionModel().select(selected);
    }

    private static Tab tab(String name, Region chart, javafx.scene.Node legend, String caption) {
        Label title = new Label(caption);
        title.setPadding(new Insets(6, 10, 0, 10));
        VBox box = legend == null ? new VBox(title, chart) : new VBox(title, chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return new Tab(name, box);
    }
}
