package app.affiche.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.BiConsumer;

/** "Fields" in the detail pane: one line per field, and a small editor (field, value, Set) for the curator. */
final class FieldsSection extends VBox {
    private final ComboBox<String> field = new ComboBox<>();
    private final TextField value = new TextField();
    private BiConsumer<String, String> onSet = (f, v) -> { };

    FieldsSection(FieldsViewModel vm) {
        super(4);
        setId("fields-section");
        Label title = new Label("Fields");
        title.getStyleClass().add("section");
        VBox lines = new VBox(2);
        vm.lines().addListener((javafx.collections.ListChangeListener<String>) c -> lines.getChildren().setAll(
                vm.lines().stream().map(l -> {
                    Label line = new Label(l);
                    line.getStyleClass().add("field-line");
                    return line;
                }).toList()));
        field.setItems(vm.names());
        field.setId("field-choice");
        vm.names().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (field.getValue() == null || !vm.names().contains(field.getValue()))
                field.setValue(vm.names().isEmpty() ? null : vm.names().getFirst());
        });
        value.setId("field-value");
        value.setPromptText("value (empty clears yours)");
        value.setPrefColumnCount(10);
        Button set = new Button("Set");
        set.setId("field-set");
        set.setOnAction(e -> submit());
        value.setOnAction(e -> submit());
        HBox editor = new HBox(6, field, value, set);
        editor.setAlignment(Pos.BASELINE_LEFT);
        Label error = new Label();
        error.setId("extra-field-error");
        error.getStyleClass().add("field-error"); // styled as the title and year error
        error.textProperty().bind(vm.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        getChildren().addAll(title, lines, editor, error);
        // nothing to show in a catalogue without fields, nor for a multi-selection
        managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.names()));
        visibleProperty().bind(managedProperty());
    }

    void onSet(BiConsumer<String, String> handler) {
        onSet = handler;
    }

    private void submit() {
        if (field.getValue() != null) onSet.accept(field.getValue(), value.getText());
    }

    /** A value typed and not saved yet: a reload must not count as his having seen what others changed since. */
    boolean hasDraft() {
        return !value.getText().isBlank();
    }

    void clearValue() {
        value.clear();
    }
}
