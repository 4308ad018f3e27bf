package app.affiche.ui.preview;

import app.affiche.pipeline.OcclusionMap;
import app.affiche.pipeline.PreviewAnalysis;
import app.affiche.pipeline.PreviewResult;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The "Designer preview" mode: drop (or open) a draft poster to see how it reads — genres and era with
 * probabilities, palette, the five most similar catalogue posters (rate them good / okay / bad), and a heatmap
 * of the regions driving the top genre. The draft is never added to the catalogue.
 *
 * <p>Contract for the workbench: {@code new PreviewPane(analysis, background)} where {@code analysis} builds the
 * {@link PreviewAnalysis} (it may load models, so it is called once, on {@code background}, when the first draft
 * is opened; pass a null encoder / predictor into it when none is installed or trained, and the pane says so) and
 * {@code background} is an executor for the analysis and rating writes (never the FX thread); the pane converts
 * pixels for display on a daemon thread of its own.
 * The pane is itself the {@link javafx.scene.Node} to mount; {@link #open(Path)} previews a file programmatically.
 */
public final class PreviewPane extends BorderPane {
    static final double LEGEND_WIDTH = 300;
    private final PreviewViewModel model;
    /** Pixel conversion gets its own thread: queued behind a heatmap on {@code background}, the poster would wait. */
    private final Executor imaging = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview-images");
        t.setDaemon(true);
        return t;
    });
    private final PosterView posterView;
    private final VBox legend = new VBox(2);
    private final HBox similarCards = new HBox(10);

    public PreviewPane(Supplier<PreviewAnalysis> analysis, Executor background) {
        this(new PreviewViewModel(analysis, background, Platform::runLater));
    }

    PreviewPane(PreviewViewModel model) {
        this.model = model;
        this.posterView = new PosterView(model.heatmapShownProperty());
        getStyleClass().add("preview-pane");
        getStylesheets().add(PreviewPane.class.getResource("preview.css").toExternalForm());
        setTop(toolbar());
        setCenter(posterArea());
        ScrollPane scroll = new ScrollPane(new PreviewSidePanel(model));
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(390);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        setRight(scroll);
        setBottom(similarStrip());
        installDrop();
        model.resultProperty().addListener((obs, old, r) -> prepareImages(r));
    }

    public PreviewViewModel viewModel() {
        return model;
    }

    public void open(Path file) {
        model.open(file);
    }

    private HBox toolbar() {
        Button open = new Button("Open draft…");
        open.setOnAction(e -> chooseFile());
        CheckBox heatmap = new CheckBox("Heatmap");
        heatmap.selectedProperty().bindBidirectional(model.heatmapShownProperty());
        heatmap.disableProperty().bind(model.heatmapCaptionProperty().isEmpty()); // nothing to toggle without heads
        ComboBox<String> explains = new ComboBox<>(model.heatmapGenres());
        explains.setId("heatmap-genre");
        explains.setPromptText("genre");
        explains.setTooltip(new javafx.scene.control.Tooltip("Which genre the heatmap explains"));
        explains.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.heatmapGenres()));
        model.heatmapGenreProperty().addListener((o, a, b) -> explains.setValue(b));
        explains.setOnAction(e -> model.explain(explains.getValue()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("status");
        HBox bar = new HBox(10, open, heatmap, new Label("for"), explains, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("preview-toolbar");
        return bar;
    }

    private VBox posterArea() {
        Label caption = new Label();
        caption.textProperty().bind(model.heatmapCaptionProperty());
        caption.getStyleClass().add("muted");
        legend.setAlignment(Pos.TOP_CENTER);
        legend.visibleProperty().bind(model.heatmapShownProperty().and(model.heatmapCaptionProperty().isNotEmpty()));
        VBox.setVgrow(posterView, Priority.ALWAYS);
        VBox box = new VBox(6, posterView, legend, caption);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(12));
        return box;
    }

    private VBox similarStrip() {
        Label caption = new Label();
        caption.setId("similar-caption");
        caption.textProperty().bind(javafx.beans.binding.Bindings.when(model.indexingProperty().isEmpty())
                .then(model.similarCaptionProperty()).otherwise(model.indexingProperty()));
        caption.getStyleClass().add("section-title");
        similarCards.setFillHeight(true);
        VBox box = new VBox(6, caption, similarCards);
        box.setPadding(new Insets(8, 12, 12, 12));
        box.getStyleClass().add("similar-strip");
        box.visibleProperty().bind(caption.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a draft poster");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.webp", "*.JPG", "*.JPEG", "*.PNG"));
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) model.open(file.toPath());
    }

    private void installDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            if (!files.isEmpty()) model.open(files.getFirst().toPath());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Converts pixels in the background; only setting them on the controls happens on the FX thread. */
    private void prepareImages(PreviewResult r) {
        if (r == null) {
            show(null, null, List.of());
            return;
        }
        imaging.execute(() -> {
            Image posterImage = SwingFXUtils.toFXImage(r.image(), null);
            Image heatImage = r.heatmapIfAny().map(m -> heatImage(m, r.image().getWidth(), r.image().getHeight())).orElse(null);
            List<Image> thumbs = r.similar().stream().map(s -> s.thumbnailJpeg().length == 0 ? null
                    : new Image(new ByteArrayInputStream(s.thumbnailJpeg()))).toList();
            Platform.runLater(() -> { if (model.resultProperty().get() == r) show(posterImage, heatImage, thumbs); });
        });
        legend.getChildren().setAll(r.heatmapIfAny().map(PreviewPane::legendContent).orElse(List.of()));
    }

    private void show(Image posterImage, Image heatImage, List<Image> thumbs) {
        posterView.show(posterImage, heatImage);
        similarCards.getChildren().clear();
        for (int i = 0; i < model.similar().size() && i < thumbs.size(); i++) {
            SimilarItem item = model.similar().get(i);
            Image thumb = thumbs.get(i);
            similarCards.getChildren().add(new SimilarCard(item, thumb, model,
                    () -> SimilarViewer.open(getScene().getWindow(), item, thumb, imaging)));
        }
    }

    private static Image heatImage(OcclusionMap map, int width, int height) {
        double scale = Math.min(1, 360.0 / Math.max(width, height));
        int w = Math.max(1, (int) (width * scale)), h = Math.max(1, (int) (height * scale));
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), HeatmapColours.render(map, w, h), 0, w);
        return image;
    }

    private static List<Region> legendContent(OcclusionMap map) {
        int width = (int) LEGEND_WIDTH;
        int height = 12;
        int[] row = HeatmapColours.legend(width), pixels = new int[width * height];
        for (int y = 0; y < height; y++) System.arraycopy(row, 0, pixels, y * width, width);
        WritableImage ramp = new WritableImage(width, height);
        ramp.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        ImageView bar = new ImageView(ramp);
        StackPane barBox = new StackPane(bar);
        barBox.getStyleClass().add("legend-bar");
        barBox.setMaxWidth(width + 2);
        String points = String.format(Locale.ROOT, "%.1f", map.maxMagnitude() * 100);
        Label left = new Label("−" + points + " pts: works against " + map.genre());
        Label right = new Label("+" + points + " pts: drives " + map.genre());
        left.getStyleClass().add("muted");
        right.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox words = new HBox(left, gap, right);
        words.setMaxWidth(LEGEND_WIDTH + 60);
        return List.of(centred(barBox), words);
    }

    private static HBox centred(Region node) {
        HBox box = new HBox(node);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
