package app.affiche.catalogue.team;

/** One poster a worker holds for a task until its lease runs out: its id, stored path and SHA-256. */
public record Claim(long posterId, String path, String sha256) {
}
