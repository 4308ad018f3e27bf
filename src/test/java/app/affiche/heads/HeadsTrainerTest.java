package app.affiche.heads;

import app.affiche.poster.Decade;
import app.affiche.poster.Prediction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class HeadsTrainerTest {

    @Test
    void separableGenresAreLearnedAndTheRareOneIsReportedUntrained() {
        TrainingData train = Synthetic.data(600, 16, 4, 1);
        AtomicInteger ticks = new AtomicInteger();
        HeadsTrainer.Outcome out = new HeadsTrainer(Synthetic.config()).train(train,
                (done, total, msg) -> ticks.incrementAndGet(), () -> false);

        TrainingReport.Scope global = out.report().scopes().get(0);
        assertEquals("global", global.scope());
        assertEquals(Set.of("Alpha", "Beta"), global.genreF1().keySet());
        assertTrue(global.skipped().get("Rare").startsWith("4 examples"), global.skipped().toString());
        assertTrue(ticks.get() >= 3);

        TrainingData test = Synthetic.data(400, 16, 0, 2);
        Predictor p = new Predictor(out.heads());
        List<Set<String>> truth = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            Prediction pr = p.predict(test.embeddings()[i], test.years().get(i));
            truth.add(test.labels().get(i));
            pred.add(new HashSet<>(pr.genres()));
            pr.genreProbabilities().values().forEach(v -> assertTrue(v >= 0 && v <= 1));
            assertFalse(pr.genreProbabilities().containsKey("Rare"));
        }
        Metrics.Summary s = Metrics.summarise(List.of("Alpha", "Beta"), truth, pred);
        assertTrue(s.microF1() > 0.9, "micro F1 " + s.microF1());
        assertTrue(s.perGenre().get(1).f1() > 0.85, "Beta F1 " + s.perGenre().get(1).f1());
    }

    @Test
    void prePosterThresholdsAreChosenOnTheirOwnScoresAndLiftTheirF1() {
        TrainingData train = Synthetic.eraShifted(2000, 16, 5);
        GenreHead on = new HeadsTrainer(Synthetic.config().withPre1980Weight(1)).train(train, TrainingListener.NONE,
                () -> false).heads().global().head("Alpha");
        Heads offHeads = new HeadsTrainer(Synthetic.config().withPre1980Weight(0)).train(train, TrainingListener.NONE,
                () -> false).heads();
        GenreHead off = offHeads.global().head("Alpha");
        assertEquals(off.threshold(), off.pre1980Threshold());
        assertEquals(off.threshold(), on.threshold(), 1e-12, "the all-era threshold does not change");
        assertTrue(on.pre1980Threshold() < on.threshold() - 0.05, on.pre1980Threshold() + " vs " + on.threshold());
        assertEquals((on.threshold() + on.pre1980Threshold()) / 2, on.threshold(0.5), 1e-12);
        assertEquals(on.suggestFrom() / on.threshold(), on.suggestFrom(1) / on.threshold(1), 1e-12);

        Heads onHeads = new HeadsTrainer(Synthetic.config().withPre1980Weight(1)).train(train, TrainingListener.NONE,
                () -> false).heads();
        TrainingData test = Synthetic.eraShifted(2000, 16, 6);
        assertTrue(oldF1(onHeads, test) > oldF1(offHeads, test) + 0.01,
                oldF1(onHeads, test) + " vs " + oldF1(offHeads, test));
    }

    /** Alpha's F1 on the 1950s posters of {@code test}, predicted with their year known. */
    private static double oldF1(Heads heads, TrainingData test) {
        Predictor p = new Predictor(heads);
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < test.size(); i++) {
            if (test.years().get(i) >= 1980) continue;
            boolean said = p.predict(test.embeddings()[i], test.years().get(i)).genres().contains("Alpha");
            boolean truth = test.labels().get(i).contains("Alpha");
            if (said && truth) tp++;
            else if (said) fp++;
            else if (truth) fn++;
        }
        return Metrics.f1(tp, fp, fn);
    }

    @Test
    void decadeHeadLearnsTheEraAndPredictionsSayWhichHeadsSpoke() {
        TrainingData train = Synthetic.data(600, 16, 0, 3);
        Heads heads = new HeadsTrainer(Synthetic.config()).train(train, TrainingListener.NONE, () -> false).heads();
        Predictor p = new Predictor(heads);
        float[] old = new float[16];
        old[3] = 3;
        assertEquals(new Decade(1950), p.estimateDecade(old));
        Prediction pr = p.predict(old, null);
        // undated: the decade head speaks, and its odds mix in the heads of the decades that have their own
        assertEquals(List.of("global", "decades mixed", "decade"), pr.heads());
        assertEquals(1.0, pr.decadeProbabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(pr.decadeProbabilities().get(new Decade(1950)) > 0.8);
    }

    @Test
    void perDecadeHeadsSpeakForTheirDecadeWhenBlended() {
        HeadsConfig d = Synthetic.config();
        HeadsConfig blended = new HeadsConfig(d.kernel(), d.rffDimensions(), d.rffGamma(), d.solver(), d.c(), d.l2Normalise(),
                d.standardise(), d.calibrationFolds(), d.refit(), d.minPositives(), 250, 0.5, d.decadeFeature(),
                d.decadeFeatureScale(), d.threshold(), d.suggestionBand(), d.pre1980Weight(), d.decadeC(), d.decadeEstimate(), 2, 5);
        HeadsTrainer.Outcome out = new HeadsTrainer(blended).train(Synthetic.data(700, 16, 0, 4),
                TrainingListener.NONE, () -> false);
        assertFalse(out.heads().perDecade().isEmpty());
        Decade trained = out.heads().perDecade().firstKey();
        Prediction pr = new Predictor(out.heads()).predict(new float[16], trained.start() + 3);
        assertEquals(List.of("global", trained.label(), "decade"), pr.heads());
        Prediction other = new Predictor(out.heads()).predict(new float[16], 1890);
        assertEquals(List.of("global", "decade"), other.heads());
    }

    @Test
    void cancellationStopsTraining() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(TrainingCancelledException.class, () -> new HeadsTrainer(Synthetic.config())
                .train(Synthetic.data(300, 8, 0, 5), TrainingListener.NONE, () -> calls.incrementAndGet() > 2));
    }

    @Test
    void noLabelsGivesAClearMessage() {
        TrainingData empty = new TrainingData("e", new float[0][], List.of(), List.of(), Synthetic.GENRES);
        HeadsException e = assertThrows(HeadsException.class,
                () -> new HeadsTrainer(Synthetic.config()).train(empty, TrainingListener.NONE, () -> false));
        assertTrue(e.getMessage().contains("affiche import --labels CSV"), e.getMessage());
    }

    @Test
    void sameSeedSameHeads() {
        TrainingData data = Synthetic.data(300, 8, 0, 6);
        byte[] a = HeadsCodec.encode(new HeadsTrainer(Synthetic.config()).train(data, TrainingListener.NONE, () -> false).heads());
        byte[] b = HeadsCodec.encode(new HeadsTrainer(Synthetic.config()).train(data, TrainingListener.NONE, () -> false).heads());
        assertArrayEquals(HeadsCodec.decode(a).global().head("Alpha").scorer().w(),
                HeadsCodec.decode(b).global().head("Alpha").scorer().w());
    }
}
