package app.affiche.catalogue;

import app.affiche.poster.LabelSource;

import java.util.Set;

/** Title, year and confirmed genres for one poster from one line of a labels file; null fields are left as they are. */
public record LabelUpdate(long posterId, String title, Integer year, Set<String> genres, LabelSource source) {
}
