package app.affiche.ui.review;

import app.affiche.catalogue.StaleEditException;
import app.affiche.ui.common.LabelStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of label edits. Called from the single edits thread (never the JavaFX thread: every step is a
 * catalogue write), so the order of writes is the order of keystrokes. An undo or redo that another curator's change
 * made stale ({@link StaleEditException}) is dropped: one undoes one's own edits only, never over someone else's.
 */
public final class EditHistory {
    private static final int LIMIT = 1000;
    private final LabelStore store;
    private final Deque<LabelEdit> undo = new ArrayDeque<>();
    private final Deque<LabelEdit> redo = new ArrayDeque<>();

    public EditHistory(LabelStore store) {
        this.store = store;
    }

    public synchronized void perform(LabelEdit edit) {
        edit.apply(store);
        undo.push(edit);
        if (undo.size() > LIMIT) undo.removeLast();
        redo.clear();
    }

    /** Reverts the last edit; empty when there is nothing to undo. */
    public synchronized Optional<LabelEdit> undo() {
        LabelEdit edit = undo.peek();
        if (edit == null) return Optional.empty();
        try {
            edit.revert(store);
        } catch (StaleEditException e) {
            undo.pop(); // another curator changed the poster since: this edit can no longer be undone as it was
            throw e;
        }
        redo.push(undo.pop());
        return Optional.of(edit);
    }

    public synchronized Optional<LabelEdit> redo() {
        LabelEdit edit = redo.peek();
        if (edit == null) return Optional.empty();
        try {
            edit.apply(store);
        } catch (StaleEditException e) {
            redo.pop();
            throw e;
        }
        undo.push(redo.pop());
        return Optional.of(edit);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(undo.isEmpty() ? null : undo.peek().description(),
                redo.isEmpty() ? null : redo.peek().description());
    }

    /** What the Undo/Redo buttons say; null when that way is empty. */
    public record Snapshot(String undoDescription, String redoDescription) {
    }
}
