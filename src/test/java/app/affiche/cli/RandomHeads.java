package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.NewPoster;
import app.affiche.embedding.Manifest;
import app.affiche.poster.LabelSource;

import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Trained heads for `predict` tests that are about the files, not the model: 160 labelled random embeddings. */
final class RandomHeads {
    private RandomHeads() {
    }

    /** Adds the posters to the catalogue of AFFICHE_HOME {@code home} and runs `affiche train` there. */
    static void train(Path home) throws Exception {
        int dimension = Manifest.load(home.resolve("models")).require(HeadsCli.DEFAULT_ENCODER).dimension();
        Random r = new Random(3);
        try (Catalogue c = Catalogue.open(home.resolve("catalogue.db"))) {
            for (int i = 0; i < 160; i++) {
                long id = c.addPoster(new NewPoster(String.format("%064x", i + 1), "fake" + i + ".jpg", 10, 10, 15,
                        "JPEG", null, 1950 + (i % 4) * 10, null, null));
                float[] v = new float[dimension];
                for (int j = 0; j < v.length; j++) v[j] = (float) r.nextGaussian();
                c.putEmbedding(id, HeadsCli.DEFAULT_ENCODER, v);
                c.setConfirmedLabels(id, Set.of(v[0] > 0 ? "Horror" : "Drama"), LabelSource.IMPORT);
            }
        }
        Cli.Run train = Cli.run(home, "train");
        assertEquals(0, train.exit(), train.err());
    }
}
