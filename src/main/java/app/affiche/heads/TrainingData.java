package app.affiche.heads;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Confirmed labels with their embeddings, ready to train on.
 *
 * @param years   year per poster, null where unknown
 * @param genres  the vocabulary to train (genres outside it are ignored)
 * @param curated per poster, whether a curator (not an import) confirmed it: their years set the decade prior
 */
public record TrainingData(String encoderId, float[][] embeddings, List<Set<String>> labels, List<Integer> years,
                           List<String> genres, List<Boolean> curated) {
    public TrainingData {
        if (embeddings.length != labels.size() || labels.size() != years.size() || years.size() != curated.size())
            throw new IllegalArgumentException("embeddings, labels, years and curated flags differ in length");
        genres = List.copyOf(genres);
        curated = List.copyOf(curated);
    }

    /** Labels none of which a curator confirmed (imported, or generated). */
    public TrainingData(String encoderId, float[][] embeddings, List<Set<String>> labels, List<Integer> years,
                        List<String> genres) {
        this(encoderId, embeddings, labels, years, genres, Collections.nCopies(labels.size(), false));
    }

    public int size() {
        return embeddings.length;
    }
}
