package app.affiche.ui.detail;

import app.affiche.poster.PaletteColor;
import app.affiche.ui.review.GenreRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** The right-hand pane: the poster, its palette, its genres (keys shown), decade, heads; title and year editable. */
public final class PosterDetailView extends ScrollPane {
    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");
    private static final javafx.css.PseudoClass UNSAVED = javafx.css.PseudoClass.getPseudoClass("unsaved");
    private final Label draftSummary = new Label();
    private final ImageView image = new ImageView();
    private final TextField title = new TextField();
    private final TextField year = new TextField();
    private final FlowPane swatches = new FlowPane(6, 6);
    private final GridPane genres = new GridPane();
    private final List<GenreRowView> lines = new java.util.ArrayList<>();
    private final Label copied = new Label();
    private final Label fieldError = new Label();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final PosterDetailViewModel vm;
    private final VBox box;
    private Consumer<String> onToggle = g -> { };
    private BiFunction<String, String, String> onTitleYear = (t, y) -> null;

    public PosterDetailView(PosterDetailViewModel vm) {
        this.vm = vm;
        // small enough that every genre fits below it at 1366×768 (the grid beside shows the poster too)
        image.setFitWidth(150);
        image.setFitHeight(220);
        image.setPreserveRatio(true);
        StackPane imageBox = new StackPane(image);
        imageBox.getStyleClass().add("detail-image");
        imageBox.setMinHeight(120);
        Label headline = new Label();
        headline.textProperty().bind(vm.headline());
        headline.getStyleClass().add("detail-headline");
        headline.setWrapText(true);
        Label file = small(vm.fileInfo().get());
        file.textProperty().bind(vm.fileInfo());
        file.setWrapText(true);

        title.setId("title-field");
        title.setPromptText("Title");
        year.setId("year-field");
        year.setPromptText("e.g. 1957");
        year.setPrefColumnCount(7);
        vm.title().addListener((o, a, b) -> title.setText(b));
        vm.year().addListener((o, a, b) -> year.setText(b));
        // another poster, or the same one saved: the fields show what is stored and any error is gone
        vm.poster().addListener((o, a, b) -> revert());
        title.setOnAction(e -> commit());
        year.setOnAction(e -> commit());
        title.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) revert();
        });
        year.setOnKeyPressed(title.getOnKeyPressed());
        fieldError.setId("field-error");
        fieldError.getStyleClass().add("field-error");
        fieldError.setWrapText(true);
        fieldError.textProperty().bind(error);
        fieldError.visibleProperty().bind(error.isNotEmpty());
        fieldError.managedProperty().bind(fieldError.visibleProperty());
        Button save = new Button("Save");
        save.setOnAction(e -> commit());
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Year"), year, save);
        form.add(fieldError, 1, 2, 2, 1);
        GridPane.setColumnSpan(title, 2);
        form.visibleProperty().bind(vm.single());
        form.managedProperty().bind(vm.single());

        vm.swatches().addListener((javafx.collections.ListChangeListener<PaletteColor>) c -> showSwatches(vm.swatches()));
        copied.getStyleClass().add("small");

        Label decade = new Label();
        decade.textProperty().bind(vm.decadeEstimate());
        Label heads = small("");
        heads.textProperty().bind(vm.heads());
        swatches.setPrefWrapLength(430);
        swatches.setId("palette-swatches");
        decade.getStyleClass().add("decade-line");
        decade.setWrapText(true);
        heads.setWrapText(true);
        for (Label l : new Label[]{decade, heads}) l.managedProperty().bind(l.textProperty().isNotEmpty()); // none in a selection
        Label paletteTitle = section("Palette — click to copy");
        for (javafx.scene.Node n : new javafx.scene.Node[]{paletteTitle, swatches, copied, imageBox}) {
            n.visibleProperty().bind(vm.single());
            n.managedProperty().bind(vm.single());
        }
        VBox facts = new VBox(6, headline, file, form, decade, heads);
        facts.setMinWidth(0);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(12, imageBox, facts);
        javafx.scene.layout.HBox.setHgrow(facts, javafx.scene.layout.Priority.ALWAYS);
        imageBox.setMinWidth(166);
        imageBox.setMaxHeight(236);
        draftSummary.setId("draft-summary");
        draftSummary.getStyleClass().add("draft-summary");
        draftSummary.setWrapText(true);
        genres.setHgap(6);
        genres.setVgap(2);
        genres.setId("genre-grid");
        // the genres come right under the poster: reviewing never needs a scroll; the palette may
        Label genresLabel = section("Genres");
        genresLabel.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox genresTitle = new javafx.scene.layout.HBox(10, genresLabel, draftSummary);
        genresTitle.setAlignment(Pos.BASELINE_LEFT);
        box = new VBox(6, top, genresTitle, genres, paletteTitle, swatches, copied);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("detail");
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("detail-scroll");
    }

    /** Another part of the pane (the extra fields), placed after the genres. */
    void addSection(Node section) {
        box.getChildren().add(box.getChildren().indexOf(genres) + 1, section);
    }

    public void setImage(Image value) {
        image.setImage(value);
    }

    public void onToggle(Consumer<String> handler) {
        onToggle = handler;
    }

    /** Saves the typed title and year; the handler answers the error (null when they were taken). */
    public void onTitleYear(BiFunction<String, String, String> handler) {
        onTitleYear = handler;
    }

    /** The error of the title/year fields, "" when there is none; it clears when fixed, on Esc or another poster. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void focusYear() {
        year.requestFocus();
        year.selectAll();
    }

    /** The genre lines and, above them, what Enter will save ({@code unsaved}: the draft differs from the catalogue). */
    public void showGenres(List<GenreRow> rows, String summary, boolean unsaved) {
        draftSummary.setText(summary);
        draftSummary.pseudoClassStateChanged(UNSAVED, unsaved);
        if (!sameLines(rows)) layOut(rows);
        for (int i = 0; i < rows.size(); i++) lines.get(i).update(rows.get(i));
    }

    private boolean sameLines(List<GenreRow> rows) {
        if (rows.size() != lines.size()) return false;
        for (int i = 0; i < rows.size(); i++) if (!lines.get(i).shows(rows.get(i))) return false;
        return true;
    }

    /** Builds the lines for another vocabulary (or key map): once, not on every selection or threshold change. */
    private void layOut(List<GenreRow> rows) {
        genres.getChildren().clear();
        lines.clear();
        int columns = rows.size() > 22 ? 3 : 2;
        int perColumn = Math.max(1, (rows.size() + columns - 1) / columns);
        if (genres.getColumnConstraints().size() != columns) {
            genres.getColumnConstraints().clear();
            for (int c = 0; c < columns; c++) {
                javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
                cc.setPercentWidth(100.0 / columns);
                genres.getColumnConstraints().add(cc);
            }
        }
        // down the first column, then the next: the keys read in order like a list
        for (int i = 0; i < rows.size(); i++) {
            String genre = rows.get(i).genre();
            GenreRowView line = new GenreRowView(genre, rows.get(i).key(), () -> onToggle.accept(genre));
            lines.add(line);
            genres.add(line, i / perColumn, i % perColumn);
        }
    }

    /**
     * Saves title and year. On an error the focus stays in the year field, so keys typed next go on editing it and
     * can never toggle genres or confirm a poster the reviewer is not looking at.
     */
    private void commit() {
        String problem = onTitleYear.apply(title.getText(), year.getText());
        if (problem == null) {
            error.set("");
            year.pseudoClassStateChanged(INVALID, false);
            getParent().requestFocus();
        } else {
            error.set(problem);
            year.pseudoClassStateChanged(INVALID, true);
            year.requestFocus();
            year.end();
        }
    }

    private void revert() {
        title.setText(vm.title().get());
        year.setText(vm.year().get());
        error.set("");
        year.pseudoClassStateChanged(INVALID, false);
    }

    /**
     * Colour chips, reused from poster to poster (a chip and its tooltip cost more to build than to update); those
     * not needed now are hidden.
     */
    private void showSwatches(List<PaletteColor> colours) {
        copied.setText("");
        for (int i = 0; i < swatches.getChildren().size(); i++) {
            Node chip = swatches.getChildren().get(i);
            chip.setVisible(i < colours.size());
            chip.setManaged(i < colours.size());
        }
        for (int i = 0; i < colours.size(); i++) {
            if (i == swatches.getChildren().size()) swatches.getChildren().add(newSwatch());
            PaletteColor c = colours.get(i);
            VBox swatch = (VBox) swatches.getChildren().get(i);
            swatch.getChildren().getFirst().setStyle("-fx-background-color: " + c.hex() + "; -fx-background-radius: 4;"
                    + "-fx-border-color: rgba(0,0,0,0.25); -fx-border-radius: 4;");
            ((Label) swatch.getChildren().getLast()).setText(c.hex());
            swatch.setUserData(c.hex());
            ((Tooltip) swatch.getProperties().get(Tooltip.class)).setText(String.format("%s — %.0f%% of the image%s — click to copy",
                    c.hex(), c.share() * 100, c.nearGrey() ? " (near-grey)" : ""));
        }
    }

    private VBox newSwatch() {
        Region chip = new Region();
        chip.setPrefSize(44, 30);
        Label hex = new Label();
        hex.getStyleClass().add("small");
        VBox swatch = new VBox(2, chip, hex);
        swatch.setAlignment(Pos.CENTER);
        swatch.getStyleClass().add("swatch");
        Tooltip tip = new Tooltip();
        Tooltip.install(swatch, tip);
        swatch.getProperties().put(Tooltip.class, tip);
        swatch.setOnMouseClicked(e -> copy((String) swatch.getUserData()));
        return swatch;
    }

    private void copy(String hex) {
        ClipboardContent content = new ClipboardContent();
        content.putString(hex);
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText("Copied " + hex + " to the clipboard");
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("small");
        return l;
    }
}
