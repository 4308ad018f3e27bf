package app.affiche.heads;

import app.affiche.poster.Decade;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything trained for one encoder: the feature transform, the global genre heads, per-decade heads where a
 * decade had enough labels, and the decade head (null when no poster had a year).
 */
public record Heads(String encoderId, int dimension, List<String> genres, FeatureTransform transform,
                    HeadSet global, SortedMap<Decade, HeadSet> perDecade, DecadeHead decadeHead, HeadsConfig config) {
    public Heads {
        genres = List.copyOf(genres);
        perDecade = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perDecade));
    }
}
