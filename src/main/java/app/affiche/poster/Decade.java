package app.affiche.poster;

/** A decade such as the 1950s, identified by its first year. */
public record Decade(int start) implements Comparable<Decade> {
    public Decade {
        if (start % 10 != 0) throw new IllegalArgumentException("not a decade start: " + start);
    }

    public static Decade ofYear(int year) {
        return new Decade(Math.floorDiv(year, 10) * 10);
    }

    /** Parses "1950s" (or "1950"). */
    public static Decade parse(String text) {
        String t = text.strip();
        if (t.endsWith("s")) t = t.substring(0, t.length() - 1);
        try {
            return new Decade(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decade: " + text);
        }
    }

    public boolean contains(int year) {
        return year >= start && year < start + 10;
    }

    public String label() {
        return start + "s";
    }

    @Override
    public int compareTo(Decade o) {
        return Integer.compare(start, o.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
