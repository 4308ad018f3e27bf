package app.affiche.catalogue;

/**
 * What label lines left as a curator had it: lines whose genres were not applied because the poster has curator
 * genres, and lines whose title or year differed from a curator's and was not applied.
 */
public record KeptCurator(int genres, int titles, int years) {
    public static final KeptCurator NONE = new KeptCurator(0, 0, 0);

    public KeptCurator plus(KeptCurator other) {
        return new KeptCurator(genres + other.genres, titles + other.titles, years + other.years);
    }

    public boolean any() {
        return genres + titles + years > 0;
    }
}
