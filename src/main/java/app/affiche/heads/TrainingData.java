package app.affiche.heads;

import java.util.List;
import java.util.Set;

/**
 * Confirmed labels with their embeddings, ready to train on.
 *
 * @param years  year per poster, null where unknown
 * @param genres the vocabulary to train (genres outside it are ignored)
 */
public record TrainingData(String encoderId, float[][] embeddings, List<Set<String>> labels, List<Integer> years,
                           List<String> genres) {
    public TrainingData {
        if (embeddings.length != labels.size() || labels.size() != years.size())
            throw new IllegalArgumentException("embeddings, labels and years differ in length");
        genres = List.copyOf(genres);
    }

    public int size() {
        return embeddings.length;
    }
}
