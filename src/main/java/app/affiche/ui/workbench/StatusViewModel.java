package app.affiche.ui.workbench;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The status bar and the no-encoder banner. */
public final class StatusViewModel {
    public static final String NO_ENCODER = "No encoder installed — run: affiche models install <dir>, or click Install…";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final StringProperty catalogue = new SimpleStringProperty("Opening catalogue…");
    private final StringProperty encoder = new SimpleStringProperty("Encoder: loading…");
    private final StringProperty heads = new SimpleStringProperty("Heads: not trained yet — confirm posters, then Retrain");
    private final StringProperty banner = new SimpleStringProperty("");

    public void catalogueSize(int posters) {
        catalogue.set(NumberFormat.getIntegerInstance(Locale.ROOT).format(posters) + (posters == 1 ? " poster" : " posters"));
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
