package app.affiche.catalogue;

import app.affiche.poster.GenreLabel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A curator's write refused because another changed the poster since he saw it: who, when, and the poster's labels
 * now, so he sees the other's change instead of overwriting it. Nothing of the refused write was stored.
 */
public final class StaleEditException extends CatalogueException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final long posterId;
    private final String changedBy;
    private final Instant changedAt;
    private final long version;
    private final List<GenreLabel> currentLabels;

    StaleEditException(long posterId, String changedBy, Instant changedAt, long version, List<GenreLabel> labels) {
        this(posterId, changedBy, changedAt, version, labels, "its genres are now " + describe(labels));
    }

    private StaleEditException(long posterId, String changedBy, Instant changedAt, long version,
                               List<GenreLabel> labels, String now) {
        super("poster " + posterId + " was changed by " + (changedBy == null ? "someone" : changedBy) + " at "
                + (changedAt == null ? "an unknown time" : WHEN.format(changedAt)) + ": " + now
                + "; your change was not saved (the poster is shown as it is now)");
        this.posterId = posterId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
        this.currentLabels = List.copyOf(labels);
    }

    /** The same refusal telling what the refused write was about as it is now ("its price is now 120"). */
    StaleEditException showing(String now) {
        return new StaleEditException(posterId, changedBy, changedAt, version, currentLabels, now);
    }

    private static String describe(List<GenreLabel> labels) {
        String genres = labels.stream().filter(l -> l.source().confirmed()).map(GenreLabel::genre)
                .collect(Collectors.joining(", "));
        return genres.isEmpty() ? "none" : genres;
    }

    public long posterId() {
        return posterId;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The poster's version now: what to write against once the curator has seen the change. */
    public long version() {
        return version;
    }

    public List<GenreLabel> currentLabels() {
        return currentLabels;
    }
}
