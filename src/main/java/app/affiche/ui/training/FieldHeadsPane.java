package app.affiche.ui.training;

import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Retrain window's choice of field heads: a check box per number or category field; a number field's bins
 * ("bad<5.5<=okay<7<=good", the field's own to start with; none: a regression) or a regression even where it has
 * bins. The last choice is shown again.
 */
final class FieldHeadsPane {
    private final GridPane grid = new GridPane(12, 6);
    private final List<Supplier<FieldChoice>> rows = new ArrayList<>();

    FieldHeadsPane(List<FieldDefinition> fields, Map<String, FieldChoice> last) {
        int i = 0;
        for (FieldDefinition f : fields) {
            FieldChoice before = last.get(f.name());
            CheckBox train = new CheckBox(f.name() + " (" + f.type().key() + ")");
            train.setId("field-train-" + f.name());
            train.setSelected(before != null);
            if (f.type() != FieldType.NUMBER) {
                grid.addRow(i++, train);
                rows.add(() -> train.isSelected() ? new FieldChoice(f.name(), null, false) : null);
                continue;
            }
            TextField bins = new TextField(before != null && before.bins() != null ? before.bins()
                    : f.bins() == null ? "" : f.bins());
            bins.setId("field-bins-" + f.name());
            bins.setPromptText("bins, e.g. bad<5.5<=okay<7<=good (none: regression)");
            bins.setPrefColumnCount(22);
            CheckBox regression = new CheckBox("regression");
            regression.setId("field-regression-" + f.name());
            regression.setSelected(before != null && before.regression()); // no bins and no tick: a regression too
            bins.disableProperty().bind(regression.selectedProperty());
            grid.addRow(i++, train, bins, regression);
            rows.add(() -> !train.isSelected() ? null : new FieldChoice(f.name(),
                    regression.isSelected() || bins.getText().isBlank() ? null : bins.getText().strip(),
                    regression.isSelected()));
        }
    }

    Node node() {
        return grid;
    }

    List<FieldChoice> chosen() {
        List<FieldChoice> out = new ArrayList<>();
        for (Supplier<FieldChoice> r : rows) {
            FieldChoice c = r.get();
            if (c != null) out.add(c);
        }
        return out;
    }
}
