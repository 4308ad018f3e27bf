package app.affiche.ui.preview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** The right-hand column: genre bars, era bars, heads, palette swatches (click copies the hex), and notes. */
final class PreviewSidePanel extends VBox {
    private final PreviewViewModel model;
    private final VBox genres = new VBox(3);
    private final VBox decades = new VBox(3);
    private final FlowPane swatches = new FlowPane(6, 6);
    private final VBox notes = new VBox(4);
    private final VBox fields = new VBox(3);

    PreviewSidePanel(PreviewViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(12));
        getStyleClass().add("side-panel");
        Label heads = new Label();
        heads.textProperty().bind(model.headsProperty());
        heads.getStyleClass().add("muted");
        HBox keys = new HBox(12, Bars.key("bar-above", "above threshold"), Bars.key("bar-suggested", "suggestion band"),
                Bars.key("bar-below", "below"));
        Label genreTitle = section("Reads as"), eraTitle = section("Era"), paletteTitle = section("Palette");
        genreTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.genres()));
        keys.visibleProperty().bind(genreTitle.visibleProperty());
        eraTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.decades()));
        paletteTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.swatches()));
        genres.visibleProperty().bind(genreTitle.visibleProperty());
        decades.visibleProperty().bind(eraTitle.visibleProperty());
        heads.visibleProperty().bind(model.headsProperty().isNotEmpty());
        notes.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.notes()));
        Label fieldsTitle = section("Fields read as");
        fieldsTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.fields()));
        fields.visibleProperty().bind(fieldsTitle.visibleProperty());
        fields.setId("preview-fields");
        for (Region r : new Region[]{genreTitle, genres, keys, eraTitle, decades, heads, paletteTitle, notes, fieldsTitle, fields})
            r.managedProperty().bind(r.visibleProperty());
        getChildren().addAll(notes, genreTitle, genres, keys, fieldsTitle, fields, paletteTitle, swatches, eraTitle, decades, heads);
        model.fields().addListener((ListChangeListener<String>) c ->
                fields.getChildren().setAll(model.fields().stream().map(Label::new).toList()));
        model.genres().addListener((ListChangeListener<GenreBar>) c ->
                genres.getChildren().setAll(model.genres().stream().map(Bars::genre).toList()));
        model.decades().addListener((ListChangeListener<DecadeBar>) c ->
                decades.getChildren().setAll(model.decades().isEmpty() ? List.of() : List.of(Bars.decades(model.decades()))));
        model.swatches().addListener((ListChangeListener<Swatch>) c ->
                swatches.getChildren().setAll(model.swatches().stream().map(this::swatch).toList()));
        model.notes().addListener((ListChangeListener<String>) c ->
                notes.getChildren().setAll(model.notes().stream().map(PreviewSidePanel::note).toList()));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("note");
        return l;
    }

    private VBox swatch(Swatch s) {
        Region chip = new Region();
        chip.getStyleClass().add("swatch-chip");
        chip.setStyle("-fx-background-color: " + s.hex() + ";");
        Label hex = new Label(s.hex());
        hex.getStyleClass().add("swatch-hex");
        Label share = new Label(s.percent() + " %" + (s.nearGrey() ? " grey" : ""));
        share.getStyleClass().add("muted");
        VBox box = new VBox(2, chip, hex, share);
        box.getStyleClass().add("swatch");
        Tooltip.install(box, new Tooltip("Click to copy " + s.hex()));
        box.setOnMouseClicked(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(s.hex());
            Clipboard.getSystemClipboard().setContent(content);
            model.copied(s);
        });
        return box;
    }
}
