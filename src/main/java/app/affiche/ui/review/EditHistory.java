package app.affiche.ui.review;

import app.affiche.ui.common.LabelStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of label edits. Called from the single edits thread (never the JavaFX thread: every step is a
 * catalogue write), so the order of writes is the order of keystrokes.
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
        edit.revert(store);
        redo.push(undo.pop());
        return Optional.of(edit);
    }

    public synchronized Optional<LabelEdit> redo() {
        LabelEdit edit = redo.peek();
        if (edit == null) return Optional.empty();
        edit.apply(store);
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
