package app.affiche.catalogue.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.properties.XMPProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static app.affiche.catalogue.xmp.XmpSchema.*;

/** Reads a sidecar's labels back: what {@link SidecarMerge} wrote, or keywords another tool wrote. */
public final class SidecarReader {
    /** What a sidecar says of its image. Genres as spelled there; title, year and sha256 null when absent. */
    public record Labels(Set<String> hierarchyGenres, Set<String> keywords, String title, Integer year,
                         String sha256) {
    }

    private SidecarReader() {
    }

    /** Parses an XMP file; an unreadable or malformed one throws with the reason. */
    public static XMPMeta parse(Path sidecar) throws IOException {
        XmpSchema.init();
        byte[] bytes = Files.readAllBytes(sidecar);
        try {
            return XMPMetaFactory.parseFromBuffer(bytes);
        } catch (XMPException e) {
            throw new IOException("not valid XMP (" + e.getMessage() + ")", e);
        }
    }

    public static Labels read(Path sidecar) throws IOException {
        return labels(parse(sidecar));
    }

    static Labels labels(XMPMeta xmp) throws IOException {
        try {
            Set<String> hierarchy = new LinkedHashSet<>();
            for (Hierarchy h : HIERARCHIES) {
                for (String v : SidecarMerge.items(xmp, h.ns(), h.name())) {
                    if (v.startsWith(h.prefix()) && v.length() > h.prefix().length()) hierarchy.add(v.substring(h.prefix().length()));
                }
            }
            Set<String> keywords = new LinkedHashSet<>(SidecarMerge.items(xmp, NS_DC, SUBJECT));
            XMPProperty title = xmp.doesPropertyExist(NS_DC, TITLE)
                    ? xmp.getLocalizedText(NS_DC, TITLE, "", "x-default") : null;
            Integer year = xmp.doesPropertyExist(NS_AFFICHE, YEAR) ? xmp.getPropertyInteger(NS_AFFICHE, YEAR) : null;
            String sha = xmp.doesPropertyExist(NS_AFFICHE, SHA256) ? xmp.getPropertyString(NS_AFFICHE, SHA256) : null;
            String titleText = title == null || title.getValue() == null || title.getValue().isBlank()
                    ? null : title.getValue();
            return new Labels(hierarchy, keywords, titleText, year, sha);
        } catch (XMPException e) {
            throw new IOException("unexpected XMP content (" + e.getMessage() + ")", e);
        }
    }

    /** The model's suggestions as written (genre, confidence), for checks and display. */
    public static List<SidecarContent.Suggestion> suggestions(XMPMeta xmp) throws XMPException {
        XmpSchema.init();
        List<SidecarContent.Suggestion> out = new java.util.ArrayList<>();
        if (!xmp.doesPropertyExist(NS_AFFICHE, SUGGESTIONS)) return out;
        for (int i = 1; i <= xmp.countArrayItems(NS_AFFICHE, SUGGESTIONS); i++) {
            String item = SUGGESTIONS + "[" + i + "]";
            XMPProperty g = xmp.getStructField(NS_AFFICHE, item, NS_AFFICHE, GENRE);
            XMPProperty c = xmp.getStructField(NS_AFFICHE, item, NS_AFFICHE, CONFIDENCE);
            XMPProperty t = xmp.getStructField(NS_AFFICHE, item, NS_AFFICHE, THRESHOLD);
            if (g == null || c == null) continue;
            out.add(new SidecarContent.Suggestion(g.getValue(), Double.parseDouble(c.getValue()),
                    t == null ? null : Double.parseDouble(t.getValue())));
        }
        return out;
    }
}
