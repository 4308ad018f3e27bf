package app.affiche.catalogue;

/**
 * Formula-injection guard for CSV cells. A spreadsheet treats a cell starting with {@code = + - @}, tab or CR as a
 * formula, so export prefixes such cells with an apostrophe (shown by spreadsheets as text). A cell that already
 * starts with an apostrophe gets one too, so import can strip exactly one and round-trip every value.
 */
public final class CsvCells {
    private CsvCells() {
    }

    private static boolean risky(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        return risky(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}: drops a leading apostrophe when followed by a character export would guard. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') return cell;
        return risky(cell.charAt(1)) ? cell.substring(1) : cell;
    }
}
