package app.affiche.ui.palettestats;

import app.affiche.catalogue.PaletteStats;
import app.affiche.poster.ColourBins;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/** The JavaFX charts of a {@link PaletteStats}: the same rows the PNG of `affiche stats palette` draws. */
final class PaletteStatsCharts {
    private PaletteStatsCharts() {
    }

    /** 100 % stacked bars, one per group (first at the top), one series per bin drawn in the bin's colour. */
    static StackedBarChart<Number, String> stacked(PaletteStats stats, List<String> bins, IntUnaryOperator colour,
                                                   java.util.function.BiFunction<PaletteStats.Group, Integer, Double> part) {
        CategoryAxis groups = new CategoryAxis();
        groups.setCategories(javafx.collections.FXCollections.observableArrayList(names(stats)));
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("%");
        StackedBarChart<Number, String> chart = new StackedBarChart<>(percent, groups);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        for (int b = 0; b < bins.size(); b++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(bins.get(b));
            for (PaletteStats.Group g : stats.groups()) series.getData().add(new XYChart.Data<>(100 * part.apply(g, b), g.name()));
            chart.getData().add(series);
            paint(series, colour.applyAsInt(b), bins.get(b));
        }
        return chart;
    }

    static BarChart<Number, String> greyShare(PaletteStats stats) {
        CategoryAxis groups = new CategoryAxis();
        groups.setCategories(javafx.collections.FXCollections.observableArrayList(names(stats)));
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("% of the palette that is near-grey");
        BarChart<Number, String> chart = new BarChart<>(percent, groups);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName("grey");
        for (PaletteStats.Group g : stats.groups()) series.getData().add(new XYChart.Data<>(100 * g.greyShare(), g.name()));
        chart.getData().add(series);
        paint(series, 0x9A9A9A, "grey");
        return chart;
    }

    /** Per group its name, poster count and typical swatches (hover: hex and part of the group's posters). */
    static Node swatches(PaletteStats stats) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.getStyleClass().add("palette-swatches");
        for (int r = 0; r < stats.groups().size(); r++) {
            PaletteStats.Group g = stats.groups().get(r);
            grid.add(new Label(g.name()), 0, r);
            grid.add(new Label(String.format(Locale.ROOT, "%,d", g.posters())), 1, r);
            HBox row = new HBox(6);
            for (PaletteStats.Swatch s : g.swatches()) {
                Rectangle box = new Rectangle(26, 26, Color.web(s.hex()));
                box.setStroke(Color.web("#cccccc"));
                box.getStyleClass().add("palette-swatch");
                Tooltip.install(box, new Tooltip(String.format(Locale.ROOT, "%s — largest colour of %.0f %% of the posters",
                        s.hex(), 100 * s.fraction())));
                row.getChildren().add(box);
            }
            grid.add(row, 2, r);
        }
        return grid;
    }

    /** The bins' names in their chart colours, as the charts' own legends cannot be coloured per series. */
    static Node legend(List<String> bins, IntUnaryOperator colour) {
        FlowPane legend = new FlowPane(12, 4);
        legend.setPadding(new Insets(4, 10, 4, 10));
        for (int b = 0; b < bins.size(); b++) {
            Rectangle key = new Rectangle(12, 12, Color.web(hex(colour.applyAsInt(b))));
            key.setStroke(Color.web("#bbbbbb"));
            Label label = new Label(bins.get(b), key);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static List<String> names(PaletteStats stats) {
        List<String> names = new ArrayList<>(stats.groups().stream().map(PaletteStats.Group::name).toList());
        java.util.Collections.reverse(names); // a category axis draws its first category at the bottom
        return names;
    }

    private static void paint(XYChart.Series<Number, String> series, int rgb, String bin) {
        for (XYChart.Data<Number, String> d : series.getData()) {
            String style = "-fx-bar-fill: " + hex(rgb) + ";";
            if (d.getNode() != null) d.getNode().setStyle(style);
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) node.setStyle(style);
            });
            Tooltip tip = new Tooltip(String.format(Locale.ROOT, "%s · %s: %.1f %%", d.getYValue(), bin,
                    d.getXValue().doubleValue()));
            if (d.getNode() != null) Tooltip.install(d.getNode(), tip);
        }
    }

    static String hex(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
