package app.affiche.catalogue.xmp;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMetaFactory;

/**
 * The XMP properties Affiche writes, by their documented names. Genres go where photo managers look for keywords:
 * {@code dc:subject} (flat keywords: Lightroom, Bridge, digiKam, darktable) and {@code lr:hierarchicalSubject}
 * ({@code Affiche|Genre|Drama}: Lightroom's keyword hierarchy, read by digiKam and darktable too). digiKam reads
 * {@code digiKam:TagsList}, then {@code MicrosoftPhoto:LastKeywordXMP}, before {@code lr:hierarchicalSubject}, so
 * where a sidecar already has one of those the genres go there too ({@code Affiche/Genre/Drama}); they are not
 * created, as a new one would hide the sidecar's own Lightroom hierarchy from digiKam. The title is
 * {@code dc:title} (x-default). The film's year and decade go in Affiche's own namespace only: {@code xmp:CreateDate}
 * is when the scan was made and {@code photoshop:DateCreated} when the artwork was (a re-release poster is younger
 * than its film), so neither is the film's year. The model's suggestions, never confirmed, live apart in Affiche's
 * namespace.
 */
public final class XmpSchema {
    public static final String NS_DC = XMPConst.NS_DC;
    public static final String NS_LR = "http://ns.adobe.com/lightroom/1.0/";
    public static final String NS_DIGIKAM = "http://www.digikam.org/ns/1.0/";
    public static final String NS_MICROSOFT_PHOTO = "http://ns.microsoft.com/photo/1.0/";
    public static final String NS_AFFICHE = "https://affiche.app/ns/xmp/1.0/";

    static final String SUBJECT = "subject";
    static final String TITLE = "title";
    static final String HIERARCHICAL = "hierarchicalSubject";
    /** Affiche's record of the genres it put in dc:subject, so a genre the curator removed is taken out again. */
    static final String GENRES = "genres";
    static final String YEAR = "year";
    static final String DECADE = "decade";
    static final String SHA256 = "sha256";
    static final String SUGGESTIONS = "suggestions";
    static final String GENRE = "genre";
    static final String CONFIDENCE = "confidence";
    static final String THRESHOLD = "threshold";

    /**
     * A keyword-hierarchy property: Affiche's genres are {@code prefix + genre} in it; {@code create}: written even
     * where the sidecar lacks it. Lightroom's separator is '|', digiKam's and Microsoft's '/'.
     */
    record Hierarchy(String ns, String name, String prefix, boolean ordered, boolean create) {
    }

    static final String LR_PREFIX = "Affiche|Genre|";
    static final java.util.List<Hierarchy> HIERARCHIES = java.util.List.of(
            new Hierarchy(NS_LR, HIERARCHICAL, LR_PREFIX, false, true),
            new Hierarchy(NS_DIGIKAM, "TagsList", "Affiche/Genre/", true, false),
            new Hierarchy(NS_MICROSOFT_PHOTO, "LastKeywordXMP", "Affiche/Genre/", false, false));

    static {
        try {
            var registry = XMPMetaFactory.getSchemaRegistry();
            registry.registerNamespace(NS_LR, "lr");
            registry.registerNamespace(NS_DIGIKAM, "digiKam");
            registry.registerNamespace(NS_MICROSOFT_PHOTO, "MicrosoftPhoto");
            registry.registerNamespace(NS_AFFICHE, "affiche");
        } catch (XMPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmpSchema() {
    }

    /**
     * Makes sure the prefixes above are registered before any sidecar is parsed, read or written (the namespace
     * constants are inlined where used, so using them does not load this class).
     */
    static void init() {
        // the static block does the work
    }
}
