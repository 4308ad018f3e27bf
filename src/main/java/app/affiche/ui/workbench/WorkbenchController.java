package app.affiche.ui.workbench;

import app.affiche.pipeline.CopyIndex;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.CatchingExecutors;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import app.affiche.ui.about.AboutDialog;
import app.affiche.ui.detail.DetailController;
import app.affiche.ui.export.ExportController;
import app.affiche.ui.review.ThresholdsWindow;
import app.affiche.ui.palettestats.PaletteStatsViewModel;
import app.affiche.ui.palettestats.PaletteStatsWindow;
import app.affiche.catalogue.PosterFilter;
import app.affiche.stats.StatsText;
import app.affiche.ui.detail.PosterDetailView;
import app.affiche.ui.detail.PosterDetailViewModel;
import app.affiche.ui.review.ReviewController;
import app.affiche.ui.review.ReviewViewModel;
import app.affiche.ui.review.Thresholds;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Wires the main window: filters to the grid, grid clicks to the selection, the selection to detail and review,
 * keys to review, drops to the batch. Every catalogue read or write happens on one of the executors here.
 */
public final class WorkbenchController {
    final WorkbenchViewModel vm = new WorkbenchViewModel();
    final BatchViewModel batchVm = new BatchViewModel();
    final StatusViewModel status = new StatusViewModel();
    final Thresholds thresholds = new Thresholds();
    final ReviewViewModel reviewVm = new ReviewViewModel(thresholds);
    final PosterDetailViewModel detailVm = new PosterDetailViewModel();
    private final ExecutorService pages = CatchingExecutors.lifo("pages", 1, ErrorReporter::report);
    private final ExecutorService thumbs = CatchingExecutors.lifo("thumbnails", 2, ErrorReporter::report);
    private final ExecutorService thumbsAhead = CatchingExecutors.fifo("thumbnails-ahead", 1, ErrorReporter::report);
    private final ExecutorService edits = CatchingExecutors.fifo("edits", 1, ErrorReporter::report);
    private final ExecutorService work = CatchingExecutors.fifo("work", 2, ErrorReporter::report);
    private final PosterDetailView detailView = new PosterDetailView(detailVm);
    private final DetailController detail = new DetailController(detailVm, detailView, work);
    private final ReviewController review = new ReviewController(reviewVm, edits);
    private final BatchController batch = new BatchController(batchVm, work, this::batchGrew);
    private final WorkbenchView view;
    private final PosterGrid grid;
    private CatalogueGateway gateway;
    private AutoCloseable othersChanges = () -> { };
    private ThumbnailLoader thumbnails;
    private Runnable afterFirstLoad = () -> { };
    private PagedPosterList items;
    private int queryGeneration;
    private int pendingCursor = -1;
    private boolean swallowTyped;
    private volatile PosterSource shownSource;
    private ExportController export;
    private final XmpSidecarAction xmp = new XmpSidecarAction(work, () -> gateway);
    private java.util.function.Supplier<String> encoderId = () -> null;
    private final CopyIndex copies = new CopyIndex(() -> encoderId.get());
    private Runnable retrain = () -> batchVm.current().set("Retraining is not available in this build");

    public WorkbenchController() {
        // tiles may exist before the catalogue is open; they get thumbnails once it is
        grid = new PosterGrid((id, onLoaded) -> {
            if (thumbnails != null) thumbnails.load(id, onLoaded);
        }, id -> vm.selected().contains(id));
        view = new WorkbenchView(vm, batchVm, status, grid, detailView);
        grid.onClick(this::clicked);
        vm.query().addListener((o, a, b) -> reload());
        vm.leastCertainFirst().addListener((o, a, b) -> reload());
        vm.selected().addListener((SetChangeListener<Long>) c -> selectionChanged());
        reviewVm.targets().addListener((javafx.collections.ListChangeListener<Object>) c -> showGenres());
        reviewVm.vocabulary().addListener((javafx.collections.ListChangeListener<String>) c -> showGenres());
        thresholds.revision().addListener((o, a, b) -> showGenres());
        reviewVm.draftRevision().addListener((o, a, b) -> showGenres());
        detailView.onToggle(review::toggle);
        detailView.onTitleYear((t, y) -> detailVm.poster().get() == null ? null
                : review.editTitleYear(detailVm.poster().get(), t, y));
        detailView.error().addListener((o, was, now) -> {
            // the status bar repeats the field's error while it stands, and drops it once fixed or left
            if (!now.isEmpty()) batchVm.current().set(now);
            else if (was.equals(batchVm.current().get())) batchVm.current().set("");
        });
        review.onEdited(this::edited);
        review.onPostersChanged(this::postersChanged);
        detail.onPrediction((id, p) -> {
            reviewVm.putPrediction(id, p.genreProbabilities(), p.thresholds());
            showGenres();
        });
        review.onNext(() -> move(+1));
        review.onFocusYear(detailView::focusYear);
        review.onMessage(m -> batchVm.current().set(m));
        review.history().addListener((o, a, b) -> view.showHistory(b));
        view.showHistory(review.history().get());
        view.undoButton.setOnAction(e -> review.undo());
        view.redoButton.setOnAction(e -> review.redo());
        view.cancelButton.setOnAction(e -> batch.pauseOrResume());
        batch.onTagged(this::refreshCard);
        view.importButton.setOnAction(e -> DropZone.chooseFiles(window(), this::filesDropped));
        view.exportButton.setOnAction(e -> export());
        xmp.bind(view.xmpButton, view.xmpStatus, vm.selected());
        view.thresholdsButton.setOnAction(e -> ThresholdsWindow.show(window(), thresholds, List.copyOf(reviewVm.vocabulary())));
        view.aboutButton.setOnAction(e -> AboutDialog.show(window()));
        view.paletteButton.setOnAction(e -> paletteAnalytics());
        view.retrainButton.setOnAction(e -> retrain.run());
        DropZone.install(view, this::filesDropped);
    }

    private javafx.stage.Window window() {
        return view.root.getScene().getWindow();
    }

    /** The export dialog, for the posters the filters show or all. */
    public ExportController exportController() {
        if (export == null) {
            export = new ExportController(window(), work, () -> gateway, () -> {
                PosterSource source = shownSource;
                return source == null ? Set.of() : new HashSet<>(source.ids(0, source.size()));
            });
            export.encoderId(() -> encoderId.get());
        }
        return export;
    }

    /** The palette analytics window for the posters the filters show (the query runs on the work executor). */
    public javafx.stage.Stage paletteAnalytics() {
        PosterFilter filter = vm.query().get().toFilter(Integer.MAX_VALUE, 0);
        return PaletteStatsWindow.show(window(), work, () -> gateway, new PaletteStatsViewModel(filter, StatsText.filter(filter)));
    }

    private void export() {
        exportController().open(vm.shown().get(), vm.catalogueSize().get());
    }

    /** The running encoder's id (null while none): its heads estimate the export's predicted decade. */
    public void encoderId(java.util.function.Supplier<String> running) {
        encoderId = running;
    }

    /** What Retrain (button, Ctrl+R) does; set once the heads can be trained. */
    /**
     * Runs {@code action} (FX thread) once the grid's first load is done, shown or failed: the encoder and heads
     * start then, so their seconds of CPU do not compete with the first screen of thumbnails.
     */
    public void afterFirstLoad(Runnable action) {
        afterFirstLoad = action;
    }

    public void onRetrain(Runnable action) {
        retrain = action;
    }

    public Parent root() {
        return view.root;
    }

    /**
     * Called once the scene exists: the review keys listen on the whole window. A key the review took also swallows
     * the character it types, or Y (edit the year) would type a "y" into the field it just focused.
     */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) e.consume();
            swallowTyped = false;
        });
        // Ctrl+Q (Cmd+Q) quits as closing the window does: labels are already saved, a batch resumes next start;
        // ticks Enter never saved are asked about first
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getWindow() instanceof javafx.stage.Stage stage
                    && app.affiche.ui.review.UnsavedTicks.mayClose(stage, reviewVm)) stage.close();
        });
    }

    /** The catalogue is open: fill the grid and start whatever batch was left unfinished. */
    public void attach(CatalogueGateway gateway, BatchRunner runner, List<java.nio.file.Path> resume) {
        this.gateway = gateway;
        this.thumbnails = new ThumbnailLoader(gateway, thumbs, thumbsAhead, Platform::runLater);
        detail.attach(gateway);
        review.attach(gateway);
        batch.attach(runner);
        Tasks.of(gateway::genreVocabulary).onSuccess(v -> {
            vm.setVocabulary(v);
            reviewVm.vocabulary().setAll(v);
        }).runOn(work);
        reload();
        batch.resume(resume);
        closeQuietly(othersChanges);
        othersChanges = gateway.watchPosterChanges(ids -> Platform.runLater(() -> othersChanged(ids)));
    }

    /**
     * Another curator saved labels on a shared catalogue: his posters' tiles and detail are read again, and the
     * review's too unless the curator has ticks of his own pending there (saving them is then refused and reloads).
     */
    private void othersChanged(Set<Long> ids) {
        if (gateway == null) return;
        boolean reviewed = ids.isEmpty() || vm.selected().stream().anyMatch(ids::contains);
        if (ids.isEmpty()) reload();
        else edited(ids);
        if (reviewed && !reviewVm.draftChanged()) review.setTargets(Set.copyOf(vm.selected()));
    }

    /**
     * Groups copies in the background, after the grid is up (it reads every hash), then puts their badges on the
     * cards already shown; pages read later carry them.
     */
    private void findCopies() {
        CatalogueGateway g = gateway;
        Tasks.of(() -> {
            if (!copies.refresh(g.catalogue())) return List.<PosterCard>of();
            return copies.grouped().stream().map(id -> CataloguePosterSource.card(g, id, copies))
                    .filter(java.util.Objects::nonNull).toList();
        }).onSuccess(cards -> {
            if (items != null) cards.forEach(items::replace);
        }).runOn(work);
    }

    /** The same handler the window's DragEvent calls, with the dropped files and folders. */
    public void filesDropped(List<File> files) {
        batch.filesDropped(files);
    }

    /** Reloads the grid and the detail (after retraining changed the suggestions). */
    public void refresh() {
        reload();
        detail.refresh();
        review.setTargets(Set.copyOf(vm.selected()));
    }

    /**
     * Other heads were loaded (a retrain, an encoder change) or none: the shown poster is predicted again, so its
     * bars, era and draft are the new heads' at once.
     */
    public void headsChanged() {
        reviewVm.clearPredictions();
        detail.refresh();
        review.setTargets(Set.copyOf(vm.selected()));
        thresholds.keptNote().ifPresent(batchVm.current()::set);
    }

    private void reload() {
        if (gateway == null) return;
        int generation = ++queryGeneration;
        GridQuery query = vm.query().get();
        boolean ranked = vm.leastCertainFirst().get();
        String encoder = encoderId.get();
        boolean firstLoad = items == null;
        ThumbnailLoader loader = thumbnails;
        Tasks.of(() -> {
                    app.affiche.poster.StartupTrace.mark("grid: query start");
                    PosterSource source = ranked ? RankedPosterSource.open(gateway, query, encoder, copies)
                            : CataloguePosterSource.open(gateway, query, copies);
                    FirstScreen first = firstLoad ? FirstScreen.read(source, loader, thumbs, FirstScreen.TILES) : null;
                    app.affiche.poster.StartupTrace.mark("grid: source counted, first screen read");
                    return new Loaded(source, first);
                })
                .onSuccess(l -> {
                    app.affiche.poster.StartupTrace.mark("grid: items set on the FX thread");
                    // counted after, apart: the status bar can wait (0.1-0.3 s at 100,000 posters), the tiles can't
                    recount();
                    if (generation != queryGeneration) return;
                    items = new PagedPosterList(l.source(), pages, Platform::runLater);
                    if (l.first() != null) l.first().seed(items, loader);
                    items.onReadAhead(cards -> loader.prefetch(cards.stream().map(PosterCard::id).toList()));
                    shownSource = l.source();
                    grid.setItems(items);
                    vm.shown().set(items.size());
                    vm.cursor().set(-1);
                    findCopies(); // rebuilt only when posters were added or removed
                    view.emptyHint.setText(emptyText(query));
                    int keep = pendingCursor;
                    pendingCursor = -1;
                    if (keep >= 0 && items.size() > 0) {
                        vm.cursor().set(Math.min(keep, items.size()) - 1);
                        move(+1);
                    }
                }).andFinally(() -> {
                    if (!firstLoad) return;
                    Runnable once = afterFirstLoad; // two early reloads (a filter typed at once) start the models once
                    afterFirstLoad = () -> { };
                    once.run();
                }).runOn(work);
    }

    private static String emptyText(GridQuery q) {
        if (q.state() == PosterState.FAILED) return "Files that failed are listed under “Failed files” below";
        return q.equals(GridQuery.ALL) ? "Drop poster files or folders here" : "No poster matches these filters";
    }

    private void batchGrew() {
        // a throttled refresh may arrive after the window closed: there is no grid left to refresh
        if (gateway == null || items == null || work.isShutdown()) return;
        int generation = queryGeneration;
        PosterSource source = items.source();
        Tasks.of(source::reopen).onSuccess(fresh -> {
            if (generation != queryGeneration) return;
            int before = items.size();
            items.grow(fresh.size());
            grid.grew(items, before);
            shownSource = fresh;
            vm.shown().set(items.size());
            if (work.isShutdown()) return;
            recount();
        }).runOn(work);
    }

    private void clicked(PosterSlot slot, MouseEvent e) {
        PosterCard card = slot.card().get();
        if (card == null) return;
        view.root.requestFocus();
        if (e.isShortcutDown()) vm.toggle(slot.index(), card.id());
        else if (e.isShiftDown() && vm.cursor().get() >= 0) extendTo(slot.index());
        else vm.select(slot.index(), card.id());
    }

    private void extendTo(int index) {
        int from = Math.min(vm.cursor().get(), index);
        int to = Math.max(vm.cursor().get(), index);
        PosterSource source = items.source();
        Tasks.of(() -> source.ids(from, Math.min(to - from + 1, 5000))).onSuccess(ids -> vm.extend(index, ids)).runOn(work);
    }

    /** Next (+1) or previous (-1) poster: the cursor moves and the selection becomes that poster alone. */
    public void move(int delta) {
        if (items == null) return;
        int index = vm.step(delta);
        if (index < 0) return;
        PosterSlot slot = items.get(index);
        grid.reveal(index);
        if (slot.card().get() != null) vm.select(index, slot.card().get().id());
        else slot.card().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PosterCard> o, PosterCard a, PosterCard b) {
                slot.card().removeListener(this);
                if (b != null) vm.select(index, b.id());
            }
        });
    }

    private void selectionChanged() {
        grid.refreshSelection();
        Set<Long> ids = Set.copyOf(vm.selected());
        review.setTargets(ids);
        if (ids.size() == 1) detail.show(ids.iterator().next());
        else detail.showSelection(ids.size());
    }

    private void showGenres() {
        detailView.showGenres(reviewVm.rows(), reviewVm.draftSummary(), reviewVm.draftChanged());
    }

    /** The status bar's counts again (after a batch grew the catalogue or labels changed). */
    private void recount() {
        if (gateway == null || work.isShutdown()) return;
        GridQuery query = vm.query().get();
        Tasks.of(() -> CatalogueCounts.read(gateway.catalogue())).onSuccess(c -> {
            status.counts(c);
            vm.catalogueSize().set(c.posters());
        }).runOn(work);
        Tasks.of(() -> SuggestionsLeft.count(gateway, query)).onSuccess(vm.suggestionsLeft()::set).runOn(work);
    }

    private void edited(Set<Long> ids) {
        recount();
        ids.forEach(this::refreshCard);
        if (ids.contains(detail.showing())) detail.refresh();
    }

    /** After a removal or its undo: the grid is queried again and the cursor stays where it was. */
    private void postersChanged() {
        pendingCursor = vm.cursor().get();
        vm.selected().clear();
        refresh();
    }

    private void removeSelected() {
        Set<Long> ids = Set.copyOf(vm.selected());
        if (ids.isEmpty()) return;
        if (ids.size() > RemovePrompt.MAX_POSTERS) {
            batchVm.current().set("Remove at most " + RemovePrompt.MAX_POSTERS + " posters at a time here "
                    + "(affiche remove takes any number)");
        } else if (RemovePrompt.confirm(window(), ids.size())) {
            review.remove(ids);
        }
    }

    private void refreshCard(long id) {
        if (gateway == null || items == null) return;
        PagedPosterList current = items;
        Tasks.of(() -> CataloguePosterSource.card(gateway, id, copies)).onSuccess(card -> {
            if (card != null) current.replace(card);
        }).runOn(work);
        if (detail.showing() == id) detail.refresh();
    }

    private void key(KeyEvent e) {
        swallowTyped = false;
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) view.root.requestFocus();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.E) {
            export();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.R) {
            retrain.run();
            e.consume();
            return;
        }
        boolean handled = switch (e.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN -> { move(+1); yield true; }
            case LEFT, UP, PAGE_UP -> { move(-1); yield true; }
            case DELETE, BACK_SPACE -> { removeSelected(); yield true; }
            default -> review.handle(e);
        };
        if (handled) {
            e.consume();
            swallowTyped = true;
        }
    }

    /** The window is closing: stop the batch after its current file (the rest stays queued on disk). */
    public void shutdown(BatchRunner runner) {
        if (runner != null) runner.shutdown(5);
        closeQuietly(othersChanges);
        pages.shutdownNow();
        thumbs.shutdownNow();
        thumbsAhead.shutdownNow();
        edits.shutdown();
        work.shutdown();
        // a page or thumbnail read under way finishes before the catalogue closes under it (it would fail as
        // "closed", and be reported against the next window a test opens)
        awaitQuietly(pages);
        awaitQuietly(thumbs);
        awaitQuietly(thumbsAhead);
    }

    private static void awaitQuietly(java.util.concurrent.ExecutorService executor) {
        try {
            executor.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable feed) {
        try {
            feed.close();
        } catch (Exception ignored) {
            // a feed that cannot close cleanly is a daemon thread: it ends with the window
        }
    }

    public PosterGrid grid() {
        return grid;
    }

    public WorkbenchView view() {
        return view;
    }

    public StatusViewModel status() {
        return status;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public BatchViewModel batchViewModel() {
        return batchVm;
    }

    public ReviewViewModel reviewViewModel() {
        return reviewVm;
    }

    public PosterDetailViewModel detailViewModel() {
        return detailVm;
    }

    public DetailController detail() {
        return detail;
    }

    public BatchListener batchListener() {
        return batch;
    }

    public ExecutorService work() {
        return work;
    }

    private record Loaded(PosterSource source, FirstScreen first) {
    }
}
