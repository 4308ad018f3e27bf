package app.affiche.ui.workbench;

import app.affiche.poster.GenreLabel;

import java.util.List;

/** Where a poster stands in the curator's work; "failed" files never reached the catalogue (see the failures list). */
public enum PosterState {
    CONFIRMED("Confirmed"), SUGGESTED("Suggested"), UNLABELLED("Unlabelled"), FAILED("Failed");

    private final String label;

    PosterState(String label) {
        this.label = label;
    }

    public static PosterState of(List<GenreLabel> labels) {
        if (labels.stream().anyMatch(l -> l.source().confirmed())) return CONFIRMED;
        return labels.isEmpty() ? UNLABELLED : SUGGESTED;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
