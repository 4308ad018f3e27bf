package app.affiche.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code <catalogue>.lock}, held for the Catalogue's lifetime, holding the owner's pid.
 * Works across processes (fcntl/LockFileEx) and, through OverlappingFileLockException, within one JVM.
 */
final class CatalogueLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CatalogueLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static CatalogueLock acquire(Path catalogue) {
        Path lockFile = catalogue.resolveSibling(catalogue.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CatalogueException("cannot create lock file " + lockFile + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw locked(catalogue, lockFile, "another Affiche process");
            }
            long pid = ProcessHandle.current().pid();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(pid).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new CatalogueLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(catalogue, lockFile, "this Affiche process");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CatalogueException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static CatalogueLockedException locked(Path catalogue, Path lockFile, String who) {
        String pid;
        try {
            pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            pid = "";
        }
        return new CatalogueLockedException("catalogue " + catalogue + " is open in " + who
                + (pid.isEmpty() ? "" : " (pid " + pid + ")") + "; close it first");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to report: the lock failure is the error
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new CatalogueException("cannot release catalogue lock: " + e.getMessage(), e);
        }
    }
}
