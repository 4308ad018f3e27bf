package app.affiche.ui.workbench;

/** What a grid tile shows about one poster. */
public record PosterCard(long id, String title, Integer year, PosterState state, String fileName) {
    public String caption() {
        String t = title == null || title.isBlank() ? (fileName == null ? "#" + id : fileName) : title;
        return year == null ? t : t + " (" + year + ")";
    }
}
