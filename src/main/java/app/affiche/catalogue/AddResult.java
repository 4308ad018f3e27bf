package app.affiche.catalogue;

/** Outcome of storing one poster: its id, and whether it was new (false: same SHA-256 already catalogued). */
public record AddResult(long id, boolean added) {
}
