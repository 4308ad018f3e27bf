package app.affiche.catalogue.xmp;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder that really refuses new files, for the duration of a test: mode r-x for a normal user; for root,
 * whom modes do not stop, the immutable attribute ({@code chattr +i}). Skips the test when neither works here.
 */
public final class UnwritableFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private UnwritableFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static UnwritableFolder of(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        UnwritableFolder made = new UnwritableFolder(folder, !refusesFiles(folder) && chattr("+i", folder));
        if (!refusesFiles(folder)) {
            made.close();
            Assumptions.abort("cannot make a folder unwritable here (root without chattr): skipping");
        }
        return made;
    }

    private static boolean refusesFiles(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean chattr(String flag, Path folder) {
        try {
            Process p = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (immutable) chattr("-i", folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
