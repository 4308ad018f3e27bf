package app.affiche.cli;

import app.affiche.imaging.DecodeException;
import app.affiche.imaging.PosterDecoder;
import app.affiche.palette.PaletteExtractor;
import app.affiche.poster.Palette;
import app.affiche.poster.PaletteColor;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code affiche palette FILE [--colors N] [--json]}: dominant colour, colours and greys with their shares. */
@Command(name = "palette", mixinStandardHelpOptions = true,
        description = "Dominant colour and palette of one image file (near-greys listed apart).")
final class PaletteCommand implements Callable<Integer> {
    static final int MAX_COLOURS = 32;

    @Parameters(index = "0", paramLabel = "FILE", description = "Image file (JPEG, PNG, TIFF, WebP, BMP, GIF).")
    Path file;

    @Option(names = {"-n", "--colors"}, paramLabel = "N", defaultValue = "" + PaletteExtractor.DEFAULT_COLOURS,
            description = "Number of colours, 1..32 (default: ${DEFAULT-VALUE}).")
    int colours;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (colours < 1 || colours > MAX_COLOURS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--colors must be between 1 and " + MAX_COLOURS + ", not " + colours);
        }
        PrintWriter out = spec.commandLine().getOut();
        Palette palette;
        try {
            palette = new PaletteExtractor().extract(
                    new PosterDecoder().read(file, PaletteExtractor.WORKING_SIDE), colours);
        } catch (DecodeException e) {
            spec.commandLine().getErr().println("affiche palette: " + file + ": " + e.getMessage());
            return AfficheCommand.SOME_FAILED;
        }
        out.println(json ? toJson(palette) : toText(palette));
        out.flush();
        return AfficheCommand.OK;
    }

    private String toText(Palette p) {
        StringBuilder sb = new StringBuilder(file.toString()).append('\n');
        sb.append("dominant ").append(line(p.dominant())).append(p.dominant().nearGrey() ? "  (near-grey)" : "")
                .append('\n');
        section(sb, "colours", p.colours());
        section(sb, "greys", p.greys());
        if (p.fewerThanRequested()) {
            sb.append("note: only ").append(p.colours().size()).append(" distinct colour")
                    .append(p.colours().size() == 1 ? "" : "s").append(" (besides greys) in this image; ")
                    .append(p.requested()).append(" asked\n");
        }
        return sb.toString().stripTrailing();
    }

    private static void section(StringBuilder sb, String title, List<PaletteColor> entries) {
        sb.append(title).append(':').append(entries.isEmpty() ? " none" : "").append('\n');
        for (PaletteColor c : entries) sb.append("  ").append(line(c)).append('\n');
    }

    private static String line(PaletteColor c) {
        return String.format(Locale.ROOT, "%s  rgb(%3d, %3d, %3d)  %5.1f %%", c.hex(), c.red(), c.green(), c.blue(),
                c.share() * 100);
    }

    private String toJson(Palette p) {
        JsonObject root = new JsonObject();
        root.addProperty("file", file.toString());
        root.addProperty("requested", p.requested());
        root.addProperty("fewerThanRequested", p.fewerThanRequested());
        root.add("dominant", json(p.dominant()));
        root.add("colours", json(p.colours()));
        root.add("greys", json(p.greys()));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonArray json(List<PaletteColor> entries) {
        JsonArray array = new JsonArray();
        entries.forEach(c -> array.add(json(c)));
        return array;
    }

    private static JsonObject json(PaletteColor c) {
        JsonObject o = new JsonObject();
        o.addProperty("hex", c.hex());
        JsonArray rgb = new JsonArray();
        rgb.add(c.red());
        rgb.add(c.green());
        rgb.add(c.blue());
        o.add("rgb", rgb);
        o.addProperty("share", Math.round(c.share() * 10_000) / 10_000.0);
        o.addProperty("nearGrey", c.nearGrey());
        return o;
    }
}
