package app.affiche.pipeline;

import app.affiche.heads.TrainingReport;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The dealer's own learning curve: after each retrain, how many vintage posters the curator had confirmed and how
 * well the decade head placed pre-1980 posters (within one decade, out of fold). Kept in the heads' provenance, so
 * it needs no table and goes with the heads.
 */
public final class VintageCurve {
    /** The Retrain summary draws the curve once the curator has confirmed this many vintage posters. */
    public static final int ENOUGH = 50;
    static final String KEY = "vintageCurve";
    private static final int KEPT = 30;

    public record Point(int curatedPre1980, double pre1980Within1) {
    }

    private VintageCurve() {
    }

    /** The earlier provenance's points (if any) and this training's, oldest first, as stored. */
    static JsonArray extend(String previousProvenance, TrainingReport.DecadeFit fit) {
        JsonArray points = new JsonArray();
        for (Point p : read(previousProvenance)) points.add(json(p));
        if (fit != null && fit.pre1980() > 0) points.add(json(new Point(fit.curatedPre1980(), fit.pre1980Within1())));
        while (points.size() > KEPT) points.remove(0);
        return points;
    }

    /** The points in a provenance JSON (empty when it has none or is unreadable). */
    public static List<Point> read(String provenance) {
        List<Point> out = new ArrayList<>();
        if (provenance == null) return out;
        try {
            JsonElement e = JsonParser.parseString(provenance).getAsJsonObject().get(KEY);
            if (e == null) return out;
            for (JsonElement p : e.getAsJsonArray()) {
                JsonObject o = p.getAsJsonObject();
                out.add(new Point(o.get("curatedPre1980").getAsInt(), o.get("pre1980Within1").getAsDouble()));
            }
        } catch (RuntimeException damaged) {
            out.clear(); // a provenance from another version, or hand-edited: no curve rather than no heads
        }
        return out;
    }

    private static JsonObject json(Point p) {
        JsonObject o = new JsonObject();
        o.addProperty("curatedPre1980", p.curatedPre1980());
        o.addProperty("pre1980Within1", p.pre1980Within1());
        return o;
    }
}
