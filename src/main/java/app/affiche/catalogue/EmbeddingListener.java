package app.affiche.catalogue;

import java.util.Collection;

/**
 * Told after a transaction that stored or took away embeddings has committed, on the thread that ran it: keep it
 * cheap (note the ids, do the work later). Lets derived data such as the similar-poster index follow the catalogue.
 */
@FunctionalInterface
public interface EmbeddingListener {
    /**
     * @param encoderId the encoder whose embeddings changed, or null when any may have (posters removed or restored)
     * @param posterIds posters whose embedding may now be new, different or gone
     */
    void changed(String encoderId, Collection<Long> posterIds);
}
