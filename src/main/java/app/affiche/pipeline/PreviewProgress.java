package app.affiche.pipeline;

/** Receives how far a preview has got: a stage for people to read and the overall fraction done (0..1). */
@FunctionalInterface
public interface PreviewProgress {
    PreviewProgress NONE = (stage, fraction) -> { };

    void update(String stage, double fraction);
}
