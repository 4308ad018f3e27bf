package app.affiche.catalogue.xmp;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import app.affiche.poster.Poster;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.SerializeOptions;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Writes catalogued posters' sidecars beside their images, merging into a sidecar that is already there (see
 * {@link SidecarMerge}). Each file is written whole to a temporary file in the same folder and moved over the old
 * one, so a crash leaves the old sidecar or the new, never half of one. A poster that cannot be written (image
 * gone, folder not writable, existing sidecar not valid XMP: it is left untouched) fails alone, with its reason.
 * The catalogue is only read.
 */
public final class SidecarWriter {
    /** One poster's outcome: the sidecar written, or why not. */
    public record Result(long posterId, String image, Path sidecar, boolean merged, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Called after each poster: how many are done of how many. */
    public interface Progress {
        void done(int done, int total);
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Catalogue catalogue;
    private final SidecarNaming naming;

    public SidecarWriter(Catalogue catalogue, SidecarNaming naming) {
        this.catalogue = catalogue;
        this.naming = naming;
        XmpSchema.init(); // Affiche's namespace is looked up before anything is parsed
    }

    /** Writes each poster's sidecar in turn until done or {@code cancelled}; the results in the order given. */
    public List<Result> writeAll(List<Long> posterIds, Progress progress, BooleanSupplier cancelled) {
        List<Result> results = new ArrayList<>();
        for (long id : posterIds) {
            if (cancelled.getAsBoolean()) break;
            results.add(write(id));
            progress.done(results.size(), posterIds.size());
        }
        return results;
    }

    public Result write(long posterId) {
        Poster poster = catalogue.poster(posterId).orElse(null);
        if (poster == null) return new Result(posterId, null, null, false, "no poster with id " + posterId);
        Path image = Path.of(poster.path());
        if (!Files.isRegularFile(image)) {
            return new Result(posterId, poster.path(), null, false, "image not found at " + image + " (moved or deleted?)");
        }
        Path sidecar = naming.sidecarOf(image);
        boolean merged = Files.exists(sidecar);
        try {
            XMPMeta xmp = merged ? readExisting(sidecar) : XMPMetaFactory.create();
            String owner = xmp.getPropertyString(XmpSchema.NS_AFFICHE, XmpSchema.SHA256);
            if (owner != null && !owner.equalsIgnoreCase(poster.sha256())) {
                return new Result(posterId, poster.path(), sidecar, merged, "sidecar " + sidecar + " belongs to another "
                        + "image (sha256 " + owner.substring(0, Math.min(12, owner.length())) + "…); left as it is"
                        + (naming == SidecarNaming.BASE ? " (the ext naming gives each image its own)" : ""));
            }
            SidecarMerge.merge(xmp, content(poster));
            replace(sidecar, serialize(xmp));
            return new Result(posterId, poster.path(), sidecar, merged, null);
        } catch (IOException e) {
            return new Result(posterId, poster.path(), sidecar, merged, e.getMessage());
        } catch (XMPException e) {
            return new Result(posterId, poster.path(), sidecar, merged, "cannot merge into " + sidecar + ": "
                    + e.getMessage() + "; left as it is");
        }
    }

    private static XMPMeta readExisting(Path sidecar) throws IOException {
        try {
            return SidecarReader.parse(sidecar);
        } catch (IOException e) {
            throw new IOException("existing sidecar " + sidecar + " cannot be read: " + reason(e) + "; left as it is", e);
        }
    }

    private SidecarContent content(Poster poster) {
        Set<String> genres = new TreeSet<>();
        List<SidecarContent.Suggestion> suggestions = new ArrayList<>();
        for (GenreLabel l : catalogue.labels(poster.id())) {
            if (l.source().confirmed()) genres.add(l.genre());
            else if (l.source() == LabelSource.MODEL && l.confidence() != null) {
                suggestions.add(new SidecarContent.Suggestion(l.genre(), l.confidence(), l.threshold()));
            }
        }
        suggestions.sort(Comparator.comparingDouble(SidecarContent.Suggestion::confidence).reversed());
        return new SidecarContent(poster.sha256(), poster.title(), poster.year(), genres, suggestions);
    }

    private static byte[] serialize(XMPMeta xmp) throws XMPException {
        // A sidecar is a whole file, not a packet inside an image: no xpacket wrapper or padding.
        SerializeOptions options = new SerializeOptions().setOmitPacketWrapper(true).setPadding(0);
        return XMPMetaFactory.serializeToBuffer(xmp, options);
    }

    /** Temporary file in the same folder, then a move over the old one; the old file's permissions are kept. */
    private static void replace(Path sidecar, byte[] bytes) throws IOException {
        Path folder = sidecar.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + sidecar.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write in " + folder + ": " + reason(e), e);
        }
        try {
            Files.write(temp, bytes);
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.exists(sidecar) ? Files.getPosixFilePermissions(sidecar) : NEW_FILE);
            }
            try {
                Files.move(temp, sidecar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, sidecar, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + sidecar + ": " + reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A file-system error in plain words. */
    static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file or folder";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
