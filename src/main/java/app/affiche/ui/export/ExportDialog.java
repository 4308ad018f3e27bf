package app.affiche.ui.export;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.ListSelectionView;

/** Choose and order the CSV columns (the catalogue's and its extra fields') (ControlsFX ListSelectionView), filtered posters or all, BOM or not. */
public final class ExportDialog extends Dialog<ButtonType> {
    public ExportDialog(Window owner, ExportViewModel vm, int filtered, int total) {
        initOwner(owner);
        setTitle("Export CSV");
        setHeaderText("Choose the columns (right-hand list, in order) and which posters;\nextra fields' columns come after the others");
        ListSelectionView<ExportColumn> columns = new ListSelectionView<>();
        columns.setSourceItems(vm.available());
        columns.setTargetItems(vm.chosen());
        columns.setSourceHeader(new Label("Left out"));
        columns.setTargetHeader(new Label("Exported, in this order"));
        columns.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ExportColumn f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.column() + " — " + f.description());
            }
        });
        columns.setPrefSize(760, 340);
        Button up = new Button("Move up");
        Button down = new Button("Move down");
        up.setOnAction(e -> moveSelected(columns, -1, vm));
        down.setOnAction(e -> moveSelected(columns, +1, vm));
        ToggleGroup scope = new ToggleGroup();
        RadioButton filteredOnly = new RadioButton("The " + filtered + " posters shown (current filter)");
        RadioButton all = new RadioButton("All " + total + " posters");
        filteredOnly.setToggleGroup(scope);
        all.setToggleGroup(scope);
        filteredOnly.setSelected(vm.onlyFiltered().get());
        all.setSelected(!vm.onlyFiltered().get());
        vm.onlyFiltered().bind(filteredOnly.selectedProperty());
        CheckBox bom = new CheckBox("Byte-order mark (spreadsheets then read UTF-8 correctly)");
        bom.selectedProperty().bindBidirectional(vm.bom());
        VBox content = new VBox(10, columns, new HBox(8, up, down), filteredOnly, all, bom);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(new ButtonType("Export…", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
    }

    private static void moveSelected(ListSelectionView<ExportColumn> view, int delta, ExportViewModel vm) {
        if (!(view.getSkin() instanceof impl.org.controlsfx.skin.ListSelectionViewSkin<?> skin)) return;
        @SuppressWarnings("unchecked")
        var selection = ((javafx.scene.control.ListView<ExportColumn>) skin.getTargetListView()).getSelectionModel();
        ExportColumn f = selection.getSelectedItem();
        if (f == null) return;
        int at = vm.move(f, delta);
        selection.clearAndSelect(at);
    }
}
