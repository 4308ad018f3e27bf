package app.affiche.ui.workbench;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The status bar and the no-encoder banner. It never guesses: what is not known yet says "loading…" (a
 * catalogue with trained heads must not look untrained while they load).
 */
public final class StatusViewModel {
    public static final String NO_ENCODER = "No encoder installed — run: affiche models install <dir>, or click Install…";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final StringProperty catalogue = new SimpleStringProperty("Opening catalogue…");
    private final StringProperty encoder = new SimpleStringProperty("Encoder: loading…");
    private final StringProperty heads = new SimpleStringProperty("Heads: loading…");
    private final StringProperty banner = new SimpleStringProperty("");

    /** "7,122 posters · 5,310 labelled (1,204 confirmed by you)". */
    public void counts(CatalogueCounts c) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        catalogue.set(n.format(c.posters()) + (c.posters() == 1 ? " poster" : " posters") + " · "
                + n.format(c.labelled()) + " labelled (" + n.format(c.byCurator()) + " confirmed by you)");
    }

    /** Heads are stored for these encoders; which one speaks is known once the encoder has started. */
    public void headsStored(java.util.List<String> encoders) {
        heads.set(encoders.isEmpty() ? "Heads: not trained yet — confirm posters, then Retrain (Ctrl+R)"
                : "Heads: trained (" + String.join(", ", encoders) + ") — loading…");
    }

    public void encoder(String id, String device) {
        encoder.set("Encoder: " + id + " on " + device);
        banner.set("");
    }

    public void noEncoder(String why) {
        encoder.set("Encoder: none");
        banner.set(why == null || why.isBlank() ? NO_ENCODER : why);
    }

    public void heads(Instant trainedAt, int labels) {
        heads.set("Heads: trained " + DATE.format(trainedAt) + " on " + labels + " labelled posters");
    }

    public void noHeads(String why) {
        heads.set("Heads: " + why);
    }

    public StringProperty catalogue() {
        return catalogue;
    }

    public StringProperty encoder() {
        return encoder;
    }

    public StringProperty heads() {
        return heads;
    }

    public StringProperty banner() {
        return banner;
    }
}
