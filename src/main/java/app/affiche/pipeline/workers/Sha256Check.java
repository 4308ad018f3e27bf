package app.affiche.pipeline.workers;

import app.affiche.pipeline.EmbedBatch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Loads an image only when the file at the mapped path is the catalogued poster: a root mapped to another folder,
 * or a file replaced since import, would otherwise give a poster another image's embedding.
 */
final class Sha256Check implements EmbedBatch.ImageLoader {
    private final EmbedBatch.ImageLoader loader;
    private final Map<Path, String> expected;

    Sha256Check(EmbedBatch.ImageLoader loader, Map<Path, String> expectedByFile) {
        this.loader = loader;
        this.expected = expectedByFile;
    }

    @Override
    public java.awt.image.BufferedImage load(Path file) throws IOException {
        String want = expected.get(file);
        String got = of(file);
        if (want != null && !want.equalsIgnoreCase(got)) {
            throw new IOException(file + " has SHA-256 " + got.substring(0, 12) + "…, not the catalogued poster's "
                    + want.substring(0, 12) + "… (is the image root mapped to the right folder?)");
        }
        return loader.load(file);
    }

    static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
