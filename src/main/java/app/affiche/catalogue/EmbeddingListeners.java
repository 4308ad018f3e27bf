package app.affiche.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The catalogue's {@link EmbeddingListener}s: added and removed from any thread, told in the writer's thread. */
final class EmbeddingListeners implements EmbeddingListener {
    private final List<EmbeddingListener> listeners = new CopyOnWriteArrayList<>();

    void add(EmbeddingListener listener) {
        listeners.add(listener);
    }

    void remove(EmbeddingListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void changed(String encoderId, Collection<Long> posterIds) {
        if (!posterIds.isEmpty()) for (EmbeddingListener l : listeners) l.changed(encoderId, posterIds);
    }
}
