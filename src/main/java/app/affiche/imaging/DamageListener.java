package app.affiche.imaging;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects reader warnings. JPEG readers report truncated or corrupt scans only as warnings (and fill the rest
 * grey), so any warning about the data is damage. Warnings about metadata alone (a missing or bad ICC profile,
 * an unreadable Exif block or thumbnail) leave the pixels intact and are not.
 */
final class DamageListener implements IIOReadWarningListener {
    private static final List<String> METADATA_ONLY = List.of("icc", "color profile", "colour profile", "exif",
            "thumbnail", "app14");

    private final String format;
    private final List<String> damage = new ArrayList<>();

    DamageListener(String format) {
        this.format = format;
    }

    @Override
    public synchronized void warningOccurred(ImageReader source, String warning) {
        if (!isMetadataOnly(warning) && !damage.contains(warning)) damage.add(warning);
    }

    static boolean isMetadataOnly(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return METADATA_ONLY.stream().anyMatch(w::contains);
    }

    synchronized void throwIfDamaged() throws DecodeException {
        if (damage.isEmpty()) return;
        String reasons = String.join("; ", damage.subList(0, Math.min(2, damage.size())));
        throw new DecodeException("truncated or corrupt " + format + ": " + reasons);
    }
}
