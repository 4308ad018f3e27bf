package app.affiche.ui.review;

import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keyboard review: genre keys adjust the draft, Enter turns it into an edit; runs edits (and undo/redo) one at a time on the edits thread, then
 * reloads the touched posters' labels. The view-model decides what an edit is; this class only moves it.
 */
public final class ReviewController {
    private final ReviewViewModel vm;
    private final Executor edits;
    private final ReadOnlyObjectWrapper<EditHistory.Snapshot> history =
            new ReadOnlyObjectWrapper<>(new EditHistory.Snapshot(null, null));
    private CatalogueGateway gateway;
    private EditHistory editHistory;
    private Consumer<Set<Long>> onEdited = ids -> { };
    private Runnable onPostersChanged = () -> { };
    private Runnable onNext = () -> { };
    private Runnable onFocusYear = () -> { };
    private Consumer<String> onMessage = m -> { };
    private List<Long> targetIds = List.of();

    public ReviewController(ReviewViewModel vm, Executor edits) {
        this.vm = vm;
        this.edits = edits;
    }

    public void attach(CatalogueGateway gateway) {
        this.gateway = gateway;
        this.editHistory = new EditHistory(gateway);
    }

    public void onEdited(Consumer<Set<Long>> handler) {
        onEdited = handler;
    }

    /** Called after a removal, or its undo or redo, changed which posters the catalogue holds. */
    public void onPostersChanged(Runnable handler) {
        onPostersChanged = handler;
    }

    public void onNext(Runnable handler) {
        onNext = handler;
    }

    public void onFocusYear(Runnable handler) {
        onFocusYear = handler;
    }

    public void onMessage(Consumer<String> handler) {
        onMessage = handler;
    }

    public ReadOnlyObjectProperty<EditHistory.Snapshot> history() {
        return history.getReadOnlyProperty();
    }

    /** The posters the keys act on; their labels are read in the background. */
    public void setTargets(Collection<Long> ids) {
        targetIds = List.copyOf(ids);
        if (gateway == null || ids.isEmpty()) {
            vm.showTargets(List.of());
            return;
        }
        List<Long> wanted = targetIds;
        Tasks.of(() -> read(wanted)).onSuccess(states -> {
            if (wanted.equals(targetIds)) vm.showTargets(states);
        }).runOn(edits);
    }

    /** Handles a review key; returns whether it was one. */
    public boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.Z) {
            if (e.isShiftDown()) redo(); else undo();
            return true;
        }
        if (e.isShortcutDown() && code == KeyCode.Y) {
            redo();
            return true;
        }
        if (e.isShortcutDown() || e.isAltDown()) return false;
        if (code == KeyCode.ENTER) {
            Optional<LabelEdit> edit = vm.confirmDraft();
            if (edit.isPresent()) perform(edit.get());
            else if (!vm.targets().isEmpty()) onMessage.accept("Nothing to change here");
            onNext.run();
            return true;
        }
        if (code == KeyCode.Y) {
            onFocusYear.run();
            return true;
        }
        Optional<String> genre = vm.keyMap().get().genre(code);
        genre.ifPresent(this::toggle);
        return genre.isPresent();
    }

    /** Ticks or unticks a genre in the draft; Enter saves it. */
    public void toggle(String genre) {
        vm.toggle(genre);
    }

    /** Saves the title and year typed for {@code before}; returns why a bad year is not saved, else null. */
    public String editTitleYear(app.affiche.poster.Poster before, String title, String yearText) {
        Integer year;
        try {
            year = ReviewViewModel.parseYear(yearText);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String t = title == null || title.isBlank() ? null : title.strip();
        if (java.util.Objects.equals(t, before.title()) && java.util.Objects.equals(year, before.year())) return null;
        perform(new LabelEdit.TitleYear(before.id(), before.title(), before.year(), t, year, before.titleSource(),
                before.yearSource()));
        return null;
    }

    public void perform(LabelEdit edit) {
        run(() -> {
            editHistory.perform(edit);
            return Optional.of(edit);
        });
    }

    /** Removes these posters from the catalogue as one undoable step. */
    public void remove(Set<Long> ids) {
        if (!ids.isEmpty()) perform(new LabelEdit.Removal(ids));
    }

    public void undo() {
        run(() -> editHistory.undo());
    }

    public void redo() {
        run(() -> editHistory.redo());
    }

    private void run(Callable<Optional<LabelEdit>> step) {
        if (editHistory == null) return;
        List<Long> wanted = targetIds;
        Tasks.of(() -> {
            Optional<LabelEdit> done = step.call();
            return new Outcome(done, read(wanted), editHistory.snapshot());
        }).onSuccess(o -> {
            history.set(o.snapshot());
            if (wanted.equals(targetIds)) vm.showTargets(o.states());
            o.edit().ifPresent(e -> {
                if (e instanceof LabelEdit.Removal) onPostersChanged.run();
                else onEdited.accept(e.posters());
            });
        }).onError(e -> {
            if (e instanceof app.affiche.catalogue.StaleEditException stale) reloadAfter(stale, wanted);
            else onMessage.accept("Could not save the change: " + ErrorReporter.describe(e));
        }).runOn(edits);
    }

    /** Another curator's change won: say whose, and show the poster as it is now (nothing is silently lost). */
    private void reloadAfter(app.affiche.catalogue.StaleEditException stale, List<Long> wanted) {
        onMessage.accept(stale.getMessage());
        Tasks.of(() -> new Outcome(Optional.empty(), read(wanted), editHistory.snapshot())).onSuccess(o -> {
            history.set(o.snapshot());
            if (wanted.equals(targetIds)) vm.showTargets(o.states());
            onEdited.accept(Set.of(stale.posterId()));
        }).runOn(edits);
    }

    private List<LabelState> read(List<Long> ids) {
        List<LabelState> states = new ArrayList<>();
        for (Long id : ids) states.add(LabelState.of(id, gateway.reviewLabels(id))); // what he saw: his writes say so
        return states;
    }

    private record Outcome(Optional<LabelEdit> edit, List<LabelState> states, EditHistory.Snapshot snapshot) {
    }
}
