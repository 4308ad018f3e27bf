package app.affiche.heads;

import app.affiche.poster.Prediction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeadsCodecTest {

    @Test
    void roundTripGivesIdenticalPredictions() {
        TrainingData data = Synthetic.data(400, 12, 0, 11);
        for (HeadsConfig.Kernel k : HeadsConfig.Kernel.values()) {
            HeadsConfig d = Synthetic.config();
            HeadsConfig cfg = new HeadsConfig(k, 64, 1.0, k == HeadsConfig.Kernel.LINEAR ? HeadsConfig.Solver.LIBLINEAR : HeadsConfig.Solver.DENSE, d.c(), true, true, 3, k == HeadsConfig.Kernel.LINEAR, 10, 150, 0.5, true, 1.0,
                    ThresholdObjective.BALANCED, 0.3, 0.5, 0.05, HeadsConfig.DecadeEstimate.WINDOW, 2, 9);
            Heads heads = new HeadsTrainer(cfg).train(data, TrainingListener.NONE, () -> false).heads();
            byte[] bytes = HeadsCodec.encode(heads);
            Heads back = HeadsCodec.decode(bytes);
            assertEquals(heads.encoderId(), back.encoderId());
            assertEquals(heads.config(), back.config());
            assertEquals(heads.perDecade().keySet(), back.perDecade().keySet());
            Predictor a = new Predictor(heads), b = new Predictor(back);
            for (int i = 0; i < 50; i++) {
                Integer year = i % 3 == 0 ? null : data.years().get(i);
                Prediction pa = a.predict(data.embeddings()[i], year), pb = b.predict(data.embeddings()[i], year);
                assertEquals(pa, pb);
            }
        }
    }

    @Test
    void garbageIsRefusedWithAClearMessage() {
        assertThrows(HeadsException.class, () -> HeadsCodec.decode(new byte[]{1, 2, 3}));
    }

    @Test
    void wrongDimensionIsRefused() {
        Heads heads = new HeadsTrainer(Synthetic.config()).train(Synthetic.data(200, 8, 0, 3),
                TrainingListener.NONE, () -> false).heads();
        assertThrows(IllegalArgumentException.class, () -> new Predictor(heads).predict(new float[9], null));
    }
}
