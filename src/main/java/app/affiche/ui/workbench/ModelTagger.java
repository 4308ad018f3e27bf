package app.affiche.ui.workbench;

import app.affiche.embedding.Encoder;
import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.pipeline.EncoderImages;
import app.affiche.pipeline.ModelSuggestions;
import app.affiche.poster.Prediction;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.FxGuard;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@link TagStage} over the installed encoder and, once trained, the heads: decode at the encoder's size, embed,
 * store the embedding, predict, store the suggestions. Encoder and heads arrive in the background after start.
 */
public final class ModelTagger implements TagStage {
    public static final int DECODE_SIDE = 224;
    private final CatalogueGateway gateway;
    private final PosterDecoder decoder = new PosterDecoder();
    private final EncoderImages decoded;
    private volatile Encoder encoder;
    private volatile BiFunction<float[], Integer, Prediction> heads;

    public ModelTagger(CatalogueGateway gateway) {
        this(gateway, new EncoderImages(DECODE_SIDE, 1));
    }

    /** @param decoded encoder inputs the import decoded with its own copy (same pixels as decoding here) */
    public ModelTagger(CatalogueGateway gateway, EncoderImages decoded) {
        if (decoded.side() != DECODE_SIDE) throw new IllegalArgumentException("encoder images at " + decoded.side());
        this.gateway = gateway;
        this.decoded = decoded;
    }

    public void encoder(Encoder value) {
        encoder = value;
    }

    public Encoder encoder() {
        return encoder;
    }

    /** The heads as a function of (embedding, known year); null until trained heads are loaded. */
    public void heads(BiFunction<float[], Integer, Prediction> value) {
        heads = value;
    }

    /** The heads for the designer preview (no known year), or null while none are trained. */
    public app.affiche.pipeline.PreviewPredictor previewPredictor() {
        BiFunction<float[], Integer, Prediction> h = heads;
        return h == null ? null : embedding -> h.apply(embedding, null);
    }

    @Override
    public boolean available() {
        return encoder != null;
    }

    @Override
    public void tag(long posterId, Path file) throws Exception {
        FxGuard.requireBackground("embedding and prediction");
        Encoder e = encoder;
        if (e == null) throw new IllegalStateException("no encoder installed");
        BufferedImage ready = decoded.take(file); // taken even when not needed, so it does not linger
        float[] embedding = gateway.catalogue().embedding(posterId, e.id()).orElse(null);
        if (embedding == null) {
            BufferedImage image;
            try {
                image = ready != null ? ready : decoder.read(file, DECODE_SIDE);
            } catch (DecodeException unreadable) {
                // Recorded, so the catch-up after an encoder change does not retry a moved or damaged file each start.
                gateway.catalogue().markEmbeddingFailed(posterId, e.id(), unreadable.getMessage());
                throw unreadable;
            }
            embedding = e.embed(List.of(image))[0];
            gateway.catalogue().putEmbedding(posterId, e.id(), embedding);
        }
        predict(posterId, embedding);
    }

    /** Stores the heads' suggestions for a poster whose embedding is known; returns the prediction or null. */
    public Prediction predict(long posterId, float[] embedding) {
        BiFunction<float[], Integer, Prediction> h = heads;
        if (h == null) return null;
        Integer year = gateway.poster(posterId).map(app.affiche.poster.Poster::year).orElse(null);
        Prediction p = h.apply(embedding, year);
        gateway.setModelLabels(posterId, ModelSuggestions.of(p, gateway.labels(posterId)), p.thresholds());
        return p;
    }

    /** The prediction for a stored poster, without storing anything (the detail pane asks). */
    public Prediction peek(long posterId) {
        Encoder e = encoder;
        BiFunction<float[], Integer, Prediction> h = heads;
        if (e == null || h == null) return null;
        float[] embedding = gateway.catalogue().embedding(posterId, e.id()).orElse(null);
        if (embedding == null) return null;
        return h.apply(embedding, gateway.poster(posterId).map(app.affiche.poster.Poster::year).orElse(null));
    }
}
