package app.affiche.ui.training;

import app.affiche.poster.FieldDefinition;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;



import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The retraining window: the field heads to train, progress with Cancel while it runs, then the summary tables. */
public final class RetrainWindow {
    private final Stage stage = new Stage();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Button cancel = new Button("Cancel");
    private final VBox body = new VBox(10);

    public RetrainWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Retrain heads");
        title.getStyleClass().add("detail-headline");
        title.setWrapText(true);
        detail.setWrapText(true);
        Button close = new Button("Close");
        close.setOnAction(e -> stage.hide());
        VBox root = new VBox(10, title, body, new HBox(8, cancel, close));
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 640, 560));
        stage.getScene().getStylesheets().add(RetrainWindow.class.getResource("/app/affiche/ui/affiche.css").toExternalForm());
    }

    void onCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    void showProgress(String text) {
        title.setText(text);
        detail.setText("");
        bar.setPrefWidth(560);
        body.getChildren().setAll(bar, detail);
        cancel.setDisable(false);
        show();
    }

    void progressText(String text) {
        detail.setText(text);
    }

    void showMessage(String text) {
        title.setText(text);
        body.getChildren().clear();
        cancel.setDisable(true);
        show();
    }

    /** Before training: which field heads to train beside the genre heads; Train starts with that choice. */
    void showChoice(List<FieldDefinition> fields, Map<String, FieldChoice> last, Consumer<List<FieldChoice>> start) {
        title.setText("Retrain the genre and decade heads on confirmed labels, and heads for these fields:");
        FieldHeadsPane pane = new FieldHeadsPane(fields, last);
        Button train = new Button("Train");
        train.setId("retrain-start");
        train.setDefaultButton(true);
        train.setOnAction(e -> start.accept(pane.chosen()));
        body.getChildren().setAll(pane.node(), train);
        cancel.setDisable(true);
        show();
    }

    void showSummary(TrainingSummary s) {
        title.setText(s.headline());
        cancel.setDisable(true);
        VBox tables = new VBox(10, section("Per genre (F1, out of fold)"), table(s.genres()),
                section("By decade"), table(s.decades()), new Label(s.decadeHead()), new Label(s.repredicted()));
        tables.getChildren().addAll(0, fieldHeads(s.fieldHeads())); // first: the curator asked for them by name
        if (!s.vintageCurve().isEmpty())
            tables.getChildren().addAll(section("Your vintage labels at work"), VintageChart.of(s.vintageCurve()));
        ScrollPane scroll = new ScrollPane(tables);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(440);
        body.getChildren().setAll(scroll);
        show();
    }

    private static GridPane table(List<TrainingSummary.Row> rows) {
        GridPane grid = new GridPane(16, 3);
        int i = 0;
        for (TrainingSummary.Row r : rows) {
            Label note = new Label(r.note());
            note.getStyleClass().add("small");
            grid.addRow(i++, new Label(r.name()), new Label(r.figure()), note);
        }
        if (rows.isEmpty()) grid.addRow(0, new Label("—"));
        return grid;
    }

    private static List<Label> fieldHeads(List<FieldHeadLine> lines) {
        List<Label> out = new ArrayList<>();
        if (!lines.isEmpty()) out.add(section("Field heads (cross-validated, beside the baseline)"));
        for (FieldHeadLine f : lines) {
            Label l = new Label(f.text());
            l.getStyleClass().add(f.trained() ? "field-head-report" : "field-head-refused");
            l.setStyle("-fx-font-family: monospace;");
            l.setWrapText(true);
            out.add(l);
        }
        return out;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }
}
