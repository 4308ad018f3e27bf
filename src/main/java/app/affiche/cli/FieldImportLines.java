package app.affiche.cli;

import app.affiche.catalogue.FieldImportReport;
import app.affiche.poster.FieldType;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The import summary's lines about extra fields: values set, fields declared, columns left out and why. */
final class FieldImportLines {
    private FieldImportLines() {
    }

    static void print(CommandSpec spec, FieldImportReport r, boolean json) {
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut(); // stdout stays one JSON value
        r.added().forEach((name, type) -> out.printf(Locale.ROOT, "Fields: added %s (%s, from its values)%n", name, type.key()));
        if (r.values() > 0 || !r.added().isEmpty())
            out.printf(Locale.ROOT, "Fields: %,d value(s) set%s%n", r.values(),
                    r.keptCurator() == 0 ? "" : " (" + r.keptCurator() + " differ from a curator's value, which stays)");
        for (Map.Entry<String, FieldType> e : r.ignored().entrySet())
            out.printf(Locale.ROOT, "Fields: column %s left out: no such field (its values look like %s: `affiche field "
                    + "add %s --%s`, or import with --add-fields)%n", e.getKey(), e.getValue().key(), e.getKey(), e.getValue().key());
        out.flush();
    }
}
