package app.affiche.pipeline;

import app.affiche.catalogue.CatalogueException;
import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PerceptualHash;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.poster.Palette;
import app.affiche.poster.Prediction;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import app.affiche.heads.FieldReading;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The designer preview of one draft file, which is never added to the catalogue: decode, palette, embedding,
 * genre/decade prediction, the five most similar catalogued posters, and the occlusion heatmap of the top genre.
 * Runs on the caller's (background) thread; checks {@code cancelled} between steps and heatmap batches.
 *
 * <p>Encoder, predictor and neighbours may each be null (nothing installed, no heads trained, no catalogue):
 * the steps needing them are skipped and the result's notes say so; decoding and the palette always run.
 */
public final class PreviewAnalysis {
    public static final int SIMILAR = 5;
    public static final int DISPLAY_SIDE = 1024;

    private final PosterDecoder decoder;
    private final PaletteExtractor palettes;
    private final Encoder encoder;
    private final PreviewPredictor predictor;
    private final PreviewNeighbours neighbours;
    private final OcclusionSensitivity occlusion;
    private volatile Function<float[], List<FieldReading>> fieldHeads = e -> List.of();

    public PreviewAnalysis(PosterDecoder decoder, PaletteExtractor palettes, Encoder encoder,
                           PreviewPredictor predictor, PreviewNeighbours neighbours) {
        this.decoder = decoder;
        this.palettes = palettes;
        this.encoder = encoder;
        this.predictor = predictor;
        this.neighbours = neighbours;
        this.occlusion = encoder == null || predictor == null ? null : new OcclusionSensitivity(encoder, predictor);
    }

    /** Reads each draft with the extra fields' heads too (safe to call from a background thread). */
    public PreviewAnalysis withFieldHeads(Function<float[], List<FieldReading>> reader) {
        fieldHeads = reader;
        return this;
    }

    public PreviewNeighbours neighbours() {
        return neighbours;
    }

    /** @throws DecodeException when the draft cannot be read (the message names the file and the reason) */
    public PreviewResult analyse(Path file, BooleanSupplier cancelled, PreviewProgress progress)
            throws DecodeException {
        List<String> notes = new ArrayList<>();
        progress.update("Reading " + file.getFileName(), 0.0);
        BufferedImage image = decoder.read(file, DISPLAY_SIDE);
        check(cancelled);
        progress.update("Palette", 0.1);
        Palette palette = palettes.extract(image, PaletteExtractor.DEFAULT_COLOURS);
        if (encoder == null) {
            notes.add("No encoder installed: genres, era, similar posters and the heatmap need one "
                    + "(affiche models install). The palette works without it.");
            return new PreviewResult(file, image, palette, null, List.of(), null, notes);
        }
        check(cancelled);
        progress.update("Embedding", 0.15);
        float[] embedding;
        try {
            embedding = encoder.embed(List.of(image))[0];
        } catch (EncoderException e) {
            notes.add("The encoder failed on " + file.getFileName() + ": " + e.getMessage());
            return new PreviewResult(file, image, palette, null, List.of(), null, notes);
        }
        check(cancelled);
        progress.update("Similar posters", 0.25);
        List<PreviewSimilarPoster> similar = similar(embedding, palette, PerceptualHash.dct(image), notes,
                new AnnBuild(progress::indexing, cancelled));
        List<FieldReading> fields = fieldReadings(embedding, notes);
        Prediction prediction = null;
        OcclusionMap heatmap = null;
        if (predictor == null) {
            notes.add("No heads trained for encoder " + encoder.id() + ": genres, era and the heatmap need them "
                    + "(affiche train). Palette and similar posters still work.");
        } else {
            check(cancelled);
            progress.update("Genres and era", 0.3);
            prediction = predictor.predict(embedding);
            progress.partial(new PreviewResult(file, image, palette, prediction, similar, null, notes, fields));
            heatmap = heatmap(image, prediction, cancelled, progress, notes);
        }
        progress.update("Done", 1.0);
        return new PreviewResult(file, image, palette, prediction, similar, heatmap, notes, fields);
    }

    private List<FieldReading> fieldReadings(float[] embedding, List<String> notes) {
        try {
            return fieldHeads.apply(embedding);
        } catch (RuntimeException e) { // the rest of the preview stands without them
            notes.add("Field heads unavailable: " + e.getMessage());
            return List.of();
        }
    }

    /** @param build the index's first build, if it comes to that (progress shown, stopped with the preview) */
    private List<PreviewSimilarPoster> similar(float[] embedding, Palette palette, long hash, List<String> notes,
                                               AnnBuild build) {
        if (neighbours == null) {
            notes.add("No catalogue open: no similar posters.");
            return List.of();
        }
        try {
            neighbours.prepare(build);
            if (neighbours.indexedPosters() == 0) {
                notes.add("No catalogued poster has an embedding from " + neighbours.encoderId()
                        + " yet (affiche embed): no similar posters.");
                return List.of();
            }
            return neighbours.nearest(embedding, palette, SIMILAR, hash); // copies of the draft are marked
        } catch (CatalogueException | IllegalArgumentException e) {
            notes.add("Similar posters unavailable: " + e.getMessage());
            return List.of();
        }
    }

    private OcclusionMap heatmap(BufferedImage image, Prediction prediction, BooleanSupplier cancelled,
                                 PreviewProgress progress, List<String> notes) {
        var top = prediction.genreProbabilities().entrySet().stream().max(Map.Entry.comparingByValue(
                Comparator.naturalOrder()));
        if (top.isEmpty()) return null;
        try {
            return occlusion.compute(image, top.get().getKey(), cancelled,
                    f -> progress.update("Heatmap for " + top.get().getKey(), 0.35 + 0.65 * f));
        } catch (EncoderException e) {
            notes.add("Heatmap unavailable: " + e.getMessage());
            return null;
        }
    }

    /**
     * The heatmap of another genre than the top one, or of a decade ("1950s": which regions date the draft), for a
     * draft already analysed (the designer picks it).
     *
     * @throws IllegalStateException without encoder or heads; IllegalArgumentException for a genre the heads lack
     */
    public OcclusionMap explain(BufferedImage image, String target, BooleanSupplier cancelled,
                                java.util.function.DoubleConsumer progress) throws EncoderException {
        if (occlusion == null) throw new IllegalStateException("a heatmap needs an encoder and trained heads");
        if (target.matches("\\d{4}s")) {
            app.affiche.poster.Decade decade = app.affiche.poster.Decade.parse(target);
            return occlusion.compute(image, target, p -> p.decadeProbabilities().getOrDefault(decade, 0.0), cancelled, progress);
        }
        return occlusion.compute(image, target, cancelled, progress);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new CancellationException("preview cancelled");
    }
}
