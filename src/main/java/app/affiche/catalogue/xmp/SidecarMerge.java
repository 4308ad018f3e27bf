package app.affiche.catalogue.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.options.PropertyOptions;
import com.adobe.internal.xmp.properties.XMPProperty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static app.affiche.catalogue.xmp.XmpSchema.*;

/**
 * Puts a poster's {@link SidecarContent} into XMP metadata that may hold anything else: every property and keyword
 * another tool wrote is kept. Of the keywords only Affiche's own are replaced: those it recorded in
 * {@code affiche:genres}, and the {@code Affiche|Genre|…} / {@code Affiche/Genre/…} hierarchy entries, so a genre
 * the curator removed leaves {@code dc:subject} on the next write while the user's own keywords stay.
 */
final class SidecarMerge {
    private SidecarMerge() {
    }

    static void merge(XMPMeta xmp, SidecarContent content) throws XMPException {
        XmpSchema.init();
        Set<String> previous = new HashSet<>();
        for (String g : items(xmp, NS_AFFICHE, GENRES)) previous.add(key(g));
        for (Hierarchy h : HIERARCHIES) {
            for (String v : items(xmp, h.ns(), h.name())) {
                if (v.startsWith(h.prefix())) previous.add(key(v.substring(h.prefix().length())));
            }
        }

        List<String> genres = List.copyOf(new TreeSet<>(content.genres()));
        replaceBag(xmp, NS_DC, SUBJECT, bag(), v -> previous.contains(key(v)), genres);
        for (Hierarchy h : HIERARCHIES) {
            if (!h.create() && !xmp.doesPropertyExist(h.ns(), h.name())) continue;
            replaceBag(xmp, h.ns(), h.name(), h.ordered() ? new PropertyOptions().setArrayOrdered(true) : bag(),
                    v -> v.startsWith(h.prefix()), genres.stream().map(g -> h.prefix() + g).toList());
        }
        xmp.deleteProperty(NS_AFFICHE, GENRES);
        for (String g : genres) xmp.appendArrayItem(NS_AFFICHE, GENRES, bag(), g, null);

        // A title Affiche does not know leaves the sidecar's own (another tool's) in place.
        if (content.title() != null && !content.title().isBlank()) {
            xmp.setLocalizedText(NS_DC, TITLE, "", "x-default", content.title());
        }
        xmp.setProperty(NS_AFFICHE, SHA256, content.sha256());
        xmp.deleteProperty(NS_AFFICHE, YEAR);
        xmp.deleteProperty(NS_AFFICHE, DECADE);
        if (content.year() != null) {
            xmp.setPropertyInteger(NS_AFFICHE, YEAR, content.year());
            xmp.setProperty(NS_AFFICHE, DECADE, Math.floorDiv(content.year(), 10) * 10 + "s");
        }
        writeSuggestions(xmp, content.suggestions());
    }

    private static void writeSuggestions(XMPMeta xmp, List<SidecarContent.Suggestion> suggestions) throws XMPException {
        xmp.deleteProperty(NS_AFFICHE, SUGGESTIONS);
        int i = 0;
        for (SidecarContent.Suggestion s : suggestions) {
            i++;
            xmp.appendArrayItem(NS_AFFICHE, SUGGESTIONS, bag(), null, new PropertyOptions().setStruct(true));
            String item = SUGGESTIONS + "[" + i + "]";
            xmp.setStructField(NS_AFFICHE, item, NS_AFFICHE, GENRE, s.genre());
            xmp.setStructField(NS_AFFICHE, item, NS_AFFICHE, CONFIDENCE, String.format(Locale.ROOT, "%.4f", s.confidence()));
            if (s.threshold() != null) {
                xmp.setStructField(NS_AFFICHE, item, NS_AFFICHE, THRESHOLD, String.format(Locale.ROOT, "%.4f", s.threshold()));
            }
        }
    }

    /** Removes the items {@code ours} claims, then appends {@code values} not already there; the rest keep their order. */
    private static void replaceBag(XMPMeta xmp, String ns, String name, PropertyOptions array,
                                   java.util.function.Predicate<String> ours, List<String> values) throws XMPException {
        for (int i = xmp.countArrayItems(ns, name); i >= 1; i--) {
            XMPProperty item = xmp.getArrayItem(ns, name, i);
            if (item != null && item.getValue() != null && ours.test(item.getValue())) xmp.deleteArrayItem(ns, name, i);
        }
        Set<String> present = new HashSet<>();
        for (String v : items(xmp, ns, name)) present.add(key(v));
        for (String v : values) if (present.add(key(v))) xmp.appendArrayItem(ns, name, array, v, null);
        if (xmp.doesPropertyExist(ns, name) && xmp.countArrayItems(ns, name) == 0) xmp.deleteProperty(ns, name);
    }

    /** The values of an array property (empty when absent). */
    static List<String> items(XMPMeta xmp, String ns, String name) throws XMPException {
        List<String> values = new ArrayList<>();
        if (!xmp.doesPropertyExist(ns, name)) return values;
        for (int i = 1; i <= xmp.countArrayItems(ns, name); i++) {
            XMPProperty item = xmp.getArrayItem(ns, name, i);
            if (item != null && item.getValue() != null && !item.getValue().isBlank()) values.add(item.getValue().strip());
        }
        return values;
    }

    private static PropertyOptions bag() {
        return new PropertyOptions().setArray(true);
    }

    private static String key(String genre) {
        return genre.strip().toLowerCase(Locale.ROOT);
    }
}
