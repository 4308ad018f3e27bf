package app.affiche.pipeline;

import app.affiche.embedding.Encoder;
import app.affiche.embedding.EncoderException;
import app.affiche.imaging.PosterDecoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds image files in batches through an encoder, reusing cached embeddings by file hash. A file that is
 * missing or cannot be decoded is reported with the reason; the others go on.
 */
public final class FileEmbedder {
    private static final int BATCH = 32;

    public record Result(Map<Path, float[]> embeddings, Map<Path, String> failed) {
    }

    private final Encoder encoder;
    private final PosterDecoder decoder;
    private final EmbeddingCache cache;

    public FileEmbedder(Encoder encoder, PosterDecoder decoder, EmbeddingCache cache) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.cache = cache;
    }

    public Result embed(List<Path> files) {
        return embed(files, (done, total) -> { });
    }

    /** As {@link #embed(List)}, telling {@code progress} (files done, of all) as it goes. */
    public Result embed(List<Path> files, java.util.function.BiConsumer<Integer, Integer> progress) {
        Map<Path, float[]> out = new LinkedHashMap<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        List<Path> pending = new ArrayList<>();
        List<String> pendingSha = new ArrayList<>();
        List<BufferedImage> images = new ArrayList<>();
        int seen = 0;
        for (Path f : files) {
            progress.accept(seen++ - images.size(), files.size()); // the batch waiting for the model is not done
            if (out.containsKey(f) || failed.containsKey(f)) continue;
            try {
                String sha = sha256(f);
                float[] cached = cache.get(sha);
                if (cached != null) {
                    out.put(f, cached);
                    continue;
                }
                // decoded exactly as `affiche embed` does, so eval measures the embeddings the catalogue holds
                images.add(decoder.read(f, encoder.preprocessor().side()));
                pending.add(f);
                pendingSha.add(sha);
            } catch (NoSuchFileException e) {
                failed.put(f, "file not found");
            } catch (IOException | RuntimeException e) {
                failed.put(f, "unreadable: " + e.getMessage());
            }
            if (images.size() == BATCH) flush(pending, pendingSha, images, out, failed);
        }
        flush(pending, pendingSha, images, out, failed);
        progress.accept(files.size(), files.size());
        return new Result(out, failed);
    }

    private void flush(List<Path> pending, List<String> shas, List<BufferedImage> images, Map<Path, float[]> out,
                       Map<Path, String> failed) {
        if (images.isEmpty()) return;
        try {
            float[][] e = encoder.embed(images);
            Map<String, float[]> add = new LinkedHashMap<>();
            for (int i = 0; i < e.length; i++) {
                out.put(pending.get(i), e[i]);
                add.put(shas.get(i), e[i]);
            }
            cache.putAll(add);
        } catch (EncoderException e) {
            for (Path p : pending) failed.put(p, "encoder failed: " + e.getMessage());
        }
        pending.clear();
        shas.clear();
        images.clear();
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
