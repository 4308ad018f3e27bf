package app.affiche.ui.workbench;

/**
 * What a grid tile shows about one poster. {@code copies}: the size of its group of copies when it is the one a
 * merge keeps, -1 when it is another copy of such a group, 0 when it has none.
 */
public record PosterCard(long id, String title, Integer year, PosterState state, String fileName, int copies) {
    public PosterCard(long id, String title, Integer year, PosterState state, String fileName) {
        this(id, title, year, state, fileName, 0);
    }

    public String caption() {
        String t = title == null || title.isBlank() ? (fileName == null ? "#" + id : fileName) : title;
        return year == null ? t : t + " (" + year + ")";
    }

    /** "3 copies" on the poster a group keeps, "copy" on the others, empty otherwise. */
    public String copiesText() {
        return copies > 1 ? copies + " copies" : copies < 0 ? "copy" : "";
    }
}
