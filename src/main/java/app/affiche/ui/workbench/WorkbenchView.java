package app.affiche.ui.workbench;

import app.affiche.ui.detail.PosterDetailView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the main window; no behaviour beyond bindings (the controller wires the rest). */
public final class WorkbenchView {
    final BorderPane root = new BorderPane();
    final Button importButton = new Button("Add files…");
    final Button retrainButton = new Button("Retrain heads");
    final Button thresholdsButton = new Button("Thresholds…");
    final Button exportButton = new Button("Export CSV…");
    final Button xmpButton = new Button("Write XMP");
    final Label xmpStatus = new Label();
    final Button paletteButton = new Button("Palette analytics…");
    final Button undoButton = new Button("Undo");
    final Button redoButton = new Button("Redo");
    final Button aboutButton = new Button("About");
    final Button installButton = new Button("Install encoder…");
    final Button encoderButton = new Button("Encoder…");
    final Button catalogueButton = new Button("Open catalogue…");
    final Button cancelButton = new Button("Pause");
    final ComboBox<String> genre = new ComboBox<>();
    final ComboBox<String> decade = new ComboBox<>();
    final ComboBox<String> state = new ComboBox<>();
    final javafx.scene.control.CheckBox reviewOrder = new javafx.scene.control.CheckBox("Least certain first");
    final Label suggestionsLeft = new Label();
    final TextField title = new TextField();
    final Label shown = new Label();
    final StackPane gridArea = new StackPane();
    final Label emptyHint = new Label("Opening the catalogue…"); // not "drop here" before its posters are counted
    final Label dropOverlay = new Label("Drop to add to the catalogue");
    final ListView<Failure> failures = new ListView<>();
    final TitledPane failuresPane = new TitledPane("Failed files", failures);
    final ProgressBar progress = new ProgressBar(0);
    final Label count = new Label();
    final Label eta = new Label();
    final Label current = new Label();
    final HBox batchBar;
    final Label banner = new Label();
    final HBox bannerBar;
    final Label keyHelp = new Label();
    final TabPane tabs = new TabPane();
    final Tab catalogueTab = new Tab("Catalogue");
    final Tab previewTab = new Tab("Designer preview");

    WorkbenchView(WorkbenchViewModel vm, BatchViewModel batch, StatusViewModel status, PosterGrid grid,
                  PosterDetailView detail) {
        xmpButton.setId("write-xmp");
        xmpButton.setTooltip(new javafx.scene.control.Tooltip("Write the selected posters' XMP sidecars "
                + "(poster.jpg.xmp) beside their images, merged into any already there"));
        xmpStatus.setId("xmp-status");
        ToolBar tools = new ToolBar(importButton, exportButton, xmpButton, new javafx.scene.control.Separator(),
                undoButton, redoButton, new javafx.scene.control.Separator(), thresholdsButton, retrainButton,
                paletteButton, spacer(), catalogueButton, encoderButton, aboutButton);
        encoderButton.setId("encoder-button");

        genre.setItems(vm.genres());
        genre.valueProperty().bindBidirectional(vm.genre());
        decade.setItems(vm.decades());
        decade.valueProperty().bindBidirectional(vm.decade());
        state.getItems().setAll(WorkbenchViewModel.states());
        state.valueProperty().bindBidirectional(vm.state());
        title.setPromptText("Search titles");
        title.textProperty().bindBidirectional(vm.title());
        title.setId("title-search");
        state.setId("state-filter");
        genre.setId("genre-filter");
        decade.setId("decade-filter");
        shown.textProperty().bind(vm.shown().asString("%,d shown"));
        reviewOrder.selectedProperty().bindBidirectional(vm.leastCertainFirst());
        reviewOrder.setId("review-order");
        reviewOrder.setTooltip(new javafx.scene.control.Tooltip("Show the posters awaiting review, least certain "
                + "first (closest to a threshold): → and Enter walk them in that order"));
        suggestionsLeft.setId("suggestions-left");
        suggestionsLeft.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.suggestionsLeft().get() < 0 ? "" : String.format("%,d suggestions left", vm.suggestionsLeft().get()),
                vm.suggestionsLeft()));
        HBox filters = new HBox(8, new Label("Genre"), genre, new Label("Decade"), decade, new Label("State"), state,
                title, reviewOrder, spacer(), suggestionsLeft, shown);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(6, 10, 6, 10));
        filters.getStyleClass().add("filter-bar");
        HBox.setHgrow(title, Priority.SOMETIMES);

        banner.textProperty().bind(status.banner());
        banner.setWrapText(true);
        bannerBar = new HBox(10, banner, spacer(), installButton);
        bannerBar.setAlignment(Pos.CENTER_LEFT);
        bannerBar.getStyleClass().add("banner");
        bannerBar.visibleProperty().bind(status.banner().isNotEmpty());
        bannerBar.managedProperty().bind(bannerBar.visibleProperty());

        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.visibleProperty().bind(vm.shown().isEqualTo(0));
        emptyHint.setId("empty-hint");
        emptyHint.setMouseTransparent(true);
        dropOverlay.getStyleClass().add("drop-overlay");
        dropOverlay.setVisible(false);
        dropOverlay.setMouseTransparent(true);
        dropOverlay.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        gridArea.getChildren().addAll(grid.node(), emptyHint, dropOverlay);
        gridArea.setId("drop-zone");

        failures.setItems(batch.failures());
        failures.setId("failures");
        failures.setPrefHeight(140);
        failuresPane.textProperty().bind(javafx.beans.binding.Bindings.size(batch.failures()).asString("Failed files (%d)"));
        failuresPane.setExpanded(false);
        failuresPane.setMinHeight(Region.USE_PREF_SIZE);
        batch.failures().addListener((javafx.collections.ListChangeListener<Failure>) c -> {
            // open the list when the first failure arrives; after that the curator decides
            while (c.next()) if (c.wasAdded() && c.getList().size() == c.getAddedSize()) failuresPane.setExpanded(true);
        });
        failuresPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(batch.failures()));
        failuresPane.managedProperty().bind(failuresPane.visibleProperty());
        VBox left = new VBox(gridArea, failuresPane);
        VBox.setVgrow(gridArea, Priority.ALWAYS);
        gridArea.setMinHeight(200);
        // it fills what is left anyway; a fixed preference keeps each layout from measuring the grid's rows
        gridArea.setPrefHeight(400);

        keyHelp.getStyleClass().add("key-help");
        keyHelp.setWrapText(true);
        keyHelp.setText("Keys: ←/→ previous/next · Enter save the ticked genres and go on · genre keys tick/untick "
                + "(shown beside each genre) · Y year · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl/Shift+click multi-select · "
                + "Delete remove from catalogue · Ctrl+R retrain · Ctrl+E export · Ctrl+Q quit");
        BorderPane right = new BorderPane(detail);
        right.setBottom(keyHelp);
        right.setMinWidth(380);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.64);
        catalogueTab.setContent(split);
        catalogueTab.setClosable(false);
        previewTab.setClosable(false);
        Label previewWaiting = new Label("The designer preview opens once the catalogue is ready…");
        previewWaiting.getStyleClass().add("empty-hint");
        previewTab.setContent(new StackPane(previewWaiting));
        previewTab.setId("preview-tab");
        tabs.getTabs().addAll(catalogueTab, previewTab);

        progress.progressProperty().bind(batch.progress());
        progress.setPrefWidth(260);
        progress.setId("batch-progress");
        count.textProperty().bind(batch.count());
        count.setId("batch-count");
        eta.textProperty().bind(batch.eta());
        current.textProperty().bind(batch.current());
        cancelButton.disableProperty().bind(batch.running().not());
        cancelButton.textProperty().bind(javafx.beans.binding.Bindings.when(batch.paused()).then("Resume").otherwise("Pause"));
        cancelButton.setTooltip(new javafx.scene.control.Tooltip("Pause after the current file; the rest waits for "
                + "Resume, or for the next start if the window is closed"));
        cancelButton.setId("pause-batch");
        batchBar = new HBox(10, progress, count, eta, current, spacer(), cancelButton);
        batchBar.setAlignment(Pos.CENTER_LEFT);
        batchBar.getStyleClass().add("batch-bar");
        batchBar.visibleProperty().bind(batch.count().isNotEmpty());
        batchBar.managedProperty().bind(batchBar.visibleProperty());

        Label size = new Label();
        size.textProperty().bind(status.catalogue());
        size.setId("status-catalogue");
        Label encoder = new Label();
        encoder.textProperty().bind(status.encoder());
        encoder.setId("status-encoder");
        Label heads = new Label();
        heads.textProperty().bind(status.heads());
        HBox statusBar = new HBox(18, size, encoder, heads, xmpStatus);
        statusBar.getStyleClass().add("status-bar");

        root.setTop(new VBox(tools, bannerBar, filters));
        root.setCenter(tabs);
        root.setBottom(new VBox(batchBar, statusBar));
        root.getStylesheets().add(WorkbenchView.class.getResource("/app/affiche/ui/affiche.css").toExternalForm());
    }

    /** Undo and Redo say what they would undo or redo, and are off when there is nothing. */
    void showHistory(app.affiche.ui.review.EditHistory.Snapshot s) {
        undoButton.setDisable(s.undoDescription() == null);
        undoButton.setText(s.undoDescription() == null ? "Undo" : "Undo " + s.undoDescription());
        redoButton.setDisable(s.redoDescription() == null);
        redoButton.setText(s.redoDescription() == null ? "Redo" : "Redo " + s.redoDescription());
    }

    /** Puts the designer preview into its tab (once the catalogue it compares against is open). */
    public void mountPreview(javafx.scene.Node pane) {
        previewTab.setContent(pane);
    }

    public void expandFailures() {
        failuresPane.setExpanded(true);
    }

    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public javafx.scene.Node previewContent() {
        return previewTab.getContent();
    }

    /** The banner's Install… button. */
    public void onInstallEncoder(Runnable action) {
        installButton.setOnAction(e -> action.run());
    }

    /** The toolbar's Open catalogue… button: another catalogue file or a team catalogue, in a new window. */
    public void onOpenCatalogue(Runnable action) {
        catalogueButton.setOnAction(e -> action.run());
    }

    /** The toolbar's Encoder… button: choose which installed encoder the app uses. */
    public void onChooseEncoder(Runnable action) {
        encoderButton.setOnAction(e -> action.run());
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
