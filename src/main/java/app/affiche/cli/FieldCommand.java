package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `affiche field add|list|remove`: the catalogue's extra fields (a rating, a price, a condition). */
@Command(name = "field", mixinStandardHelpOptions = true,
        description = {"Declare, list or remove extra fields (number, category or text) that posters can carry.",
                "Values are set by `affiche label POSTER --field NAME=VALUE` and by a labels CSV column of that name."},
        subcommands = {FieldCommand.Add.class, FieldCommand.ListFields.class, FieldCommand.Remove.class})
final class FieldCommand implements Runnable {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Declare a field.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FieldCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A letter, then letters, digits or _.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Kind kind;

        static final class Kind {
            @Option(names = "--number", required = true, description = "A number (rating, price).")
            boolean number;
            @Option(names = "--category", required = true, description = "One of a few values (condition).")
            boolean category;
            @Option(names = "--text", required = true, description = "Free text (a note).")
            boolean text;

            FieldType type() {
                return number ? FieldType.NUMBER : category ? FieldType.CATEGORY : FieldType.TEXT;
            }
        }

        @Override
        public Integer call() {
            return CliSupport.guarded(spec, () -> {
                try (Catalogue catalogue = CliSupport.open(parent.root)) {
                    FieldDefinition f = catalogue.addField(name, kind.type());
                    spec.commandLine().getOut().printf("Added field %s (%s)%n", f.name(), f.type().key());
                }
                return AfficheCommand.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The declared fields, with values and heads.")
    static final class ListFields implements Callable<Integer> {
        @ParentCommand
        FieldCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            return CliSupport.guarded(spec, () -> {
                try (Catalogue catalogue = CliSupport.openToRead(parent.root)) {
                    List<Map<String, Object>> rows = new java.util.ArrayList<>();
                    for (FieldDefinition f : catalogue.fields()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("name", f.name());
                        row.put("type", f.type().key());
                        row.put("bins", f.bins());
                        row.put("confirmed", catalogue.confirmedFieldValues(f.name()).size());
                        rows.add(row);
                    }
                    if (json) {
                        CliSupport.printJson(spec, rows);
                        return AfficheCommand.OK;
                    }
                    var out = spec.commandLine().getOut();
                    if (rows.isEmpty()) out.println("No fields (affiche field add NAME --number|--category|--text)");
                    for (Map<String, Object> r : rows)
                        out.printf("%-20s %-8s %6d confirmed%s%n", r.get("name"), r.get("type"), (Integer) r.get("confirmed"),
                                r.get("bins") == null ? "" : "  bins " + r.get("bins"));
                }
                return AfficheCommand.OK;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a field with all its values and trained heads.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FieldCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return CliSupport.guarded(spec, () -> {
                try (Catalogue catalogue = CliSupport.open(parent.root)) {
                    String canonical = catalogue.field(name).name(); // unknown: a usage error naming the fields
                    catalogue.removeField(canonical);
                    spec.commandLine().getOut().printf("Removed field %s with its values%n", canonical);
                }
                return AfficheCommand.OK;
            });
        }
    }
}
