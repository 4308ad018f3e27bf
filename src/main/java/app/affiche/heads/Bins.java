package app.affiche.heads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named ranges a number field is trained as, written {@code bad<5.5<=okay<7<=good}: bad below 5.5, okay from 5.5 to
 * below 7, good from 7 on. A bin named {@code _} is left out of training (e.g. {@code bad<6<=_<7<=good}: the clear
 * cases only).
 */
public record Bins(List<String> names, double[] cuts) {
    public static final String SKIP = "_";

    public static Bins parse(String spec) {
        String s = spec == null ? "" : spec.replace(" ", "");
        String[] parts = s.split("<=?", -1);
        String syntax = "bins are written like bad<5.5<=okay<7<=good (names between ascending cut points; _ leaves a range out)";
        if (parts.length < 3 || parts.length % 2 == 0) throw new IllegalArgumentException("bad bins '" + spec + "': " + syntax);
        List<String> names = new ArrayList<>();
        double[] cuts = new double[parts.length / 2];
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                if (!parts[i].matches("[A-Za-z_][A-Za-z0-9_-]*") || names.contains(parts[i]) && !parts[i].equals(SKIP))
                    throw new IllegalArgumentException("bad bins '" + spec + "': '" + parts[i] + "' is not a usable bin name; " + syntax);
                names.add(parts[i]);
            } else {
                try {
                    cuts[i / 2] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad bins '" + spec + "': '" + parts[i] + "' is not a number; " + syntax);
                }
                if (i > 1 && cuts[i / 2] <= cuts[i / 2 - 1])
                    throw new IllegalArgumentException("bad bins '" + spec + "': cut points must ascend; " + syntax);
            }
        }
        if (names.stream().filter(n -> !n.equals(SKIP)).count() < 2)
            throw new IllegalArgumentException("bad bins '" + spec + "': at least two named bins are needed; " + syntax);
        return new Bins(List.copyOf(names), cuts);
    }

    /** The bin of a value (null for a left-out range). */
    public String of(double v) {
        int i = 0;
        while (i < cuts.length && v >= cuts[i]) i++;
        String name = names.get(i);
        return name.equals(SKIP) ? null : name;
    }

    /** The trained bins, in order. */
    public List<String> classes() {
        return names.stream().filter(n -> !n.equals(SKIP)).toList();
    }

    public String spec() {
        StringBuilder b = new StringBuilder(names.getFirst());
        for (int i = 0; i < cuts.length; i++) b.append('<').append(fmt(cuts[i])).append("<=").append(names.get(i + 1));
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
