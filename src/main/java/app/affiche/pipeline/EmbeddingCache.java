package app.affiche.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Embeddings by file SHA-256 for one encoder, in an append-only file (so `affiche eval` embeds each image once).
 * A truncated tail (interrupted run) is ignored.
 */
public final class EmbeddingCache {
    private final Path file;
    private final Map<String, float[]> entries = new HashMap<>();

    public EmbeddingCache(Path file) {
        this.file = file;
        if (Files.exists(file)) load();
    }

    /** A cache that keeps nothing on disk. */
    public static EmbeddingCache inMemory() {
        return new EmbeddingCache(null);
    }

    public synchronized float[] get(String sha256) {
        return entries.get(sha256);
    }

    public synchronized void putAll(Map<String, float[]> add) {
        entries.putAll(add);
        if (file == null || add.isEmpty()) return;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (var e : add.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding cache " + file, e);
        }
    }

    private void load() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String sha = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
                entries.put(sha, v);
            }
        } catch (EOFException end) {
            // end of file, or a truncated last entry: keep what was read
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding cache " + file, e);
        }
    }
}
