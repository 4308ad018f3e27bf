package app.affiche.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The columns CSV export can write, in the default order. Lists inside a cell are separated by {@code |}. */
public enum ExportField {
    ID("catalogue id"),
    SHA256("SHA-256 of the file's bytes (lower-case hex)"),
    PATH("absolute path the poster was imported from"),
    TITLE("title"),
    YEAR("year"),
    DECADE("decade, e.g. 1950s"),
    PREDICTED_DECADE("most probable decade by the decade head, from the image alone (empty without trained heads)"),
    PREDICTED_DECADE_PROBABILITY("that decade's probability, e.g. 0.64"),
    ERA_TEXT("the estimated era as the workbench shows it, e.g. 1940s–1950s (64 %)"),
    GENRES("confirmed genres (curator and import labels); the column import --labels reads back"),
    CONFIRMED_GENRES("same as genres (kept for spreadsheets that name it so)"),
    SUGGESTED_GENRES("model labels with confidence, e.g. Drama:0.82"),
    LABEL_SOURCE("where the confirmed genres came from: curator or import"),
    PALETTE("chromatic palette colours with their share, e.g. #A03020:0.31"),
    GREYS("near-grey palette colours with their share"),
    DOMINANT("dominant colour, #RRGGBB"),
    WIDTH("width in pixels"),
    HEIGHT("height in pixels"),
    FORMAT("image format, e.g. JPEG"),
    SIZE_BYTES("file size in bytes"),
    TITLE_SOURCE("where the title came from: curator or import (empty without a title)"),
    YEAR_SOURCE("where the year came from: curator or import (empty without a year)");

    public static final List<ExportField> DEFAULT = List.of(SHA256, PATH, TITLE, YEAR, DECADE,
            PREDICTED_DECADE, PREDICTED_DECADE_PROBABILITY, ERA_TEXT, GENRES,
            SUGGESTED_GENRES, LABEL_SOURCE, PALETTE, GREYS, DOMINANT, WIDTH, HEIGHT, FORMAT, SIZE_BYTES,
            TITLE_SOURCE, YEAR_SOURCE);

    private final String description;

    ExportField(String description) {
        this.description = description;
    }

    /** The columns that need the heads' decade estimate. */
    public static final java.util.Set<ExportField> PREDICTED = java.util.EnumSet.of(PREDICTED_DECADE,
            PREDICTED_DECADE_PROBABILITY, ERA_TEXT);

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** Parses "sha256,title,genres"; unknown names throw with the list of known ones. */
    public static List<ExportField> parse(String commaSeparated) {
        List<ExportField> out = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (n.isEmpty()) continue;
            try {
                out.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export field '" + name.strip() + "'; known fields: "
                        + Arrays.stream(values()).map(ExportField::column).collect(Collectors.joining(",")));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no export fields given");
        return out;
    }
}
