package app.affiche.heads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Multi-label F1 scores as sklearn defines them (zero-division counts as 0; genres with no true example are left out of macro/weighted). */
public final class Metrics {
    private Metrics() {
    }

    public record GenreScore(String genre, int support, int predicted, int truePositives,
                             double precision, double recall, double f1) {
    }

    public record Summary(int samples, double microF1, double macroF1, double weightedF1, double samplesF1,
                          List<GenreScore> perGenre) {
    }

    public static Summary summarise(List<String> genres, List<Set<String>> truth, List<Set<String>> predicted) {
        if (truth.size() != predicted.size()) throw new IllegalArgumentException("truth and predictions differ in length");
        List<GenreScore> per = new ArrayList<>();
        long tpAll = 0, fpAll = 0, fnAll = 0;
        double macro = 0, weighted = 0;
        int withSupport = 0, supportAll = 0;
        for (String g : genres) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean t = truth.get(i).contains(g), p = predicted.get(i).contains(g);
                if (t && p) tp++;
                else if (p) fp++;
                else if (t) fn++;
            }
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
            double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f1 = f1(tp, fp, fn);
            int support = tp + fn;
            per.add(new GenreScore(g, support, tp + fp, tp, prec, rec, f1));
            if (support > 0) {
                macro += f1;
                weighted += f1 * support;
                withSupport++;
                supportAll += support;
            }
        }
        double samples = 0;
        for (int i = 0; i < truth.size(); i++) {
            Set<String> t = truth.get(i), p = predicted.get(i);
            int tp = 0;
            for (String g : p) if (t.contains(g) && genres.contains(g)) tp++;
            int fp = (int) p.stream().filter(genres::contains).count() - tp;
            int fn = (int) t.stream().filter(genres::contains).count() - tp;
            samples += f1(tp, fp, fn);
        }
        return new Summary(truth.size(), f1(tpAll, fpAll, fnAll), withSupport == 0 ? 0 : macro / withSupport,
                supportAll == 0 ? 0 : weighted / supportAll, truth.isEmpty() ? 0 : samples / truth.size(), per);
    }

    public static double f1(long tp, long fp, long fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public static Map<String, Double> asMap(Summary s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("micro_f1", s.microF1());
        m.put("macro_f1", s.macroF1());
        m.put("weighted_f1", s.weightedF1());
        m.put("samples_f1", s.samplesF1());
        return m;
    }
}
