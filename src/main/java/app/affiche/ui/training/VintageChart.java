package app.affiche.ui.training;

import app.affiche.pipeline.VintageCurve;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.List;

/** A small line chart: pre-1980 posters placed within one decade (out of fold) against vintage posters confirmed. */
final class VintageChart {
    private VintageChart() {
    }

    static LineChart<Number, Number> of(List<VintageCurve.Point> points) {
        NumberAxis x = new NumberAxis();
        x.setLabel("pre-1980 posters you confirmed");
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("within one decade, %");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (VintageCurve.Point p : points)
            series.getData().add(new XYChart.Data<>(p.curatedPre1980(), Math.round(1000 * p.pre1980Within1()) / 10.0));
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(420, 200);
        chart.getStyleClass().add("vintage-curve");
        return chart;
    }
}
