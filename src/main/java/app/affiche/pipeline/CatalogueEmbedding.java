package app.affiche.pipeline;

import app.affiche.catalogue.Catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Connects the embed batch to the catalogue: what still lacks an embedding, and where results go. */
public final class CatalogueEmbedding {
    private CatalogueEmbedding() {
    }

    /** Posters without an embedding for this encoder: a rerun after Ctrl-C continues where it stopped. */
    public static List<EmbedBatch.Item> pending(Catalogue catalogue, String encoderId) {
        List<EmbedBatch.Item> items = new ArrayList<>();
        catalogue.postersWithoutEmbedding(encoderId).forEach((id, path) -> items.add(new EmbedBatch.Item(id, Path.of(path))));
        return items;
    }

    /** Stores vectors (float32 BLOB per poster and encoder; a group per transaction) and records failures with their reason. */
    public static EmbedBatch.Sink sink(Catalogue catalogue, String encoderId) {
        return new EmbedBatch.Sink() {
            @Override
            public void stored(long posterId, float[] embedding) {
                catalogue.putEmbedding(posterId, encoderId, embedding);
            }

            @Override
            public void storedAll(Map<Long, float[]> embeddings) {
                catalogue.putEmbeddings(encoderId, embeddings);
            }

            @Override
            public void failed(long posterId, String reason) {
                catalogue.markEmbeddingFailed(posterId, encoderId, reason);
            }
        };
    }
}
