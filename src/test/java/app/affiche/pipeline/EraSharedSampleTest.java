package app.affiche.pipeline;

import app.affiche.SharedData;
import app.affiche.embedding.Encoder;
import app.affiche.heads.Heads;
import app.affiche.heads.HeadsConfig;
import app.affiche.heads.HeadsTrainer;
import app.affiche.heads.LabelledEmbedding;
import app.affiche.heads.Predictor;
import app.affiche.heads.TrainingData;
import app.affiche.heads.TrainingListener;
import app.affiche.imaging.PosterDecoder;
import app.affiche.poster.Decade;
import app.affiche.poster.Genres;
import app.affiche.poster.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The vintage side of the heads with the real encoder on a sample of the shared posters (skips without them):
 * the catalogue's prior moves the era of vintage posters, and an undated poster's genres mix the decades' heads.
 */
class EraSharedSampleTest {
    private static final List<LabelledEmbedding> train = new ArrayList<>(), test = new ArrayList<>();

    @BeforeAll
    static void embedSample() throws Exception {
        ImagingAvailable.assume();
        List<LabelledCsv.Row> rows = new ArrayList<>(LabelledCsv.read(SharedData.postersCsv()));
        rows.removeIf(r -> r.year() == null);
        Collections.shuffle(rows, new Random(11));
        List<LabelledCsv.Row> vintage = rows.stream().filter(r -> r.year() < 1980).limit(260).toList();
        List<LabelledCsv.Row> modern = rows.stream().filter(r -> r.year() >= 1980).limit(340).toList();
        List<LabelledCsv.Row> sample = new ArrayList<>(vintage);
        sample.addAll(modern);
        try (Encoder enc = RealEncoder.open()) {
            FileEmbedder.Result r = new FileEmbedder(enc, new PosterDecoder(), EmbeddingCache.inMemory())
                    .embed(sample.stream().map(LabelledCsv.Row::file).toList());
            for (LabelledCsv.Row row : sample) {
                float[] e = r.embeddings().get(row.file());
                if (e == null) continue;
                // 60 vintage posters are kept back to be scored
                (test.size() < 60 && row.year() < 1980 ? test : train)
                        .add(new LabelledEmbedding(row.id(), e, row.genres(), row.year()));
            }
        }
    }

    private static Heads train(boolean vintageCurated) {
        List<Boolean> curated = train.stream().map(t -> vintageCurated && t.year() < 1980).toList();
        TrainingData data = new TrainingData("mobilenetv2-fp32", train.stream().map(LabelledEmbedding::embedding)
                .toArray(float[][]::new), train.stream().map(LabelledEmbedding::genres).toList(),
                train.stream().map(LabelledEmbedding::year).toList(), Genres.TMDB, curated);
        // 60 labels a decade so that a 540-poster sample has decades with heads of their own
        return new HeadsTrainer(HeadsConfig.defaults().withSeed(2).withMinimums(10, 60))
                .train(data, TrainingListener.NONE, () -> false).heads();
    }

    private static double meanPre1980(Predictor p) {
        double sum = 0;
        for (LabelledEmbedding t : test)
            for (var e : p.predict(t.embedding(), null).decadeProbabilities().entrySet())
                if (e.getKey().start() < 1980) sum += e.getValue();
        return sum / test.size();
    }

    @Test
    void aCuratorsVintageYearsMoveTheEraOfVintagePosters() {
        Heads flat = train(false), own = train(true);
        assertTrue(flat.decadeHead().prior().source().startsWith("uniform"), flat.decadeHead().prior().source());
        assertTrue(own.decadeHead().prior().source().contains("100 % before 1980"), own.decadeHead().prior().source());
        double before = meanPre1980(new Predictor(flat)), after = meanPre1980(new Predictor(own));
        assertTrue(after > before + 0.05, "pre-1980 odds of held-back vintage posters: " + before + " -> " + after);
        int moved = 0;
        for (LabelledEmbedding t : test)
            if (new Predictor(flat).estimateDecade(t.embedding()).compareTo(new Predictor(own).estimateDecade(t.embedding())) > 0)
                moved++;
        assertTrue(moved > 0, "some vintage estimates move earlier under the catalogue's prior");
    }

    @Test
    void anUndatedPostersGenresMixTheDecadesOwnHeads() {
        Heads heads = train(false);
        assertFalse(heads.perDecade().isEmpty(), "the sample has decades with heads of their own");
        Heads globalOnly = new Heads(heads.encoderId(), heads.dimension(), heads.genres(), heads.transform(),
                heads.global(), new TreeMap<Decade, app.affiche.heads.HeadSet>(), heads.decadeHead(), heads.config());
        LabelledEmbedding t = test.getFirst();
        Prediction mixed = new Predictor(heads).predict(t.embedding(), null);
        Prediction alone = new Predictor(globalOnly).predict(t.embedding(), null);
        assertTrue(mixed.heads().contains("decades mixed"), mixed.heads().toString());
        assertFalse(alone.heads().contains("decades mixed"));
        assertEquals(alone.decadeProbabilities(), mixed.decadeProbabilities());
        double moved = 0;
        for (String g : alone.genreProbabilities().keySet())
            moved = Math.max(moved, Math.abs(mixed.genreProbabilities().get(g) - alone.genreProbabilities().get(g)));
        assertTrue(moved > 1e-4, "the decades' heads change the genre probabilities: " + moved);
    }
}
