package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CsvExport;
import app.affiche.catalogue.ExportField;
import app.affiche.heads.HeadsException;
import app.affiche.pipeline.PredictedDecades;
import app.affiche.poster.Decade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import app.affiche.catalogue.FieldCells;
import app.affiche.poster.FieldDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the catalogue as CSV (UTF-8, RFC 4180). Cells starting with = + - @ ' tab or CR get a "
                + "leading ' so spreadsheets do not run them as formulas; import --labels strips it again.",
                "Fields: sha256,path,title,year,decade,predicted_decade,predicted_decade_probability,era_text,genres,"
                        + "suggested_genres,label_source,palette,greys,dominant,width,height,format,size_bytes,"
                        + "title_source,year_source (default), "
                        + "also id, confirmed_genres. The predicted ones come from the encoder's trained decade head.",
                "Then, for each extra field (affiche field list), NAME (confirmed value), NAME_source and NAME_predicted "
                        + "(the model's value); in --fields they may be named too, and come after the others."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path csv;

    @Option(names = "--fields", paramLabel = "F,F,...", description = "Columns and their order.")
    String fields;

    @Option(names = "--encoder", paramLabel = "ID",
            description = "Encoder whose heads estimate the predicted decade (default: the default encoder).")
    String encoder;

    @Option(names = "--bom", description = "Start the file with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            try (Catalogue catalogue = CliSupport.openToRead(root)) {
                List<FieldDefinition> declared = catalogue.fields();
                List<ExportField> columns = new ArrayList<>();
                List<String> fieldColumns = new ArrayList<>();
                if (fields == null) {
                    columns.addAll(ExportField.DEFAULT);
                    fieldColumns.addAll(FieldCells.columns(declared));
                } else {
                    for (String name : fields.split(",")) { // extra fields' columns follow the catalogue's own
                        String f = FieldCells.column(declared, name);
                        if (f != null) fieldColumns.add(f);
                        else if (!name.isBlank()) columns.addAll(ExportField.parse(name));
                    }
                    if (columns.isEmpty() && fieldColumns.isEmpty()) throw new IllegalArgumentException("no export fields given");
                }
                int rows = CsvExport.write(catalogue, csv, columns, fieldColumns, bom, predictedDecades(catalogue, columns));
                List<String> names = new ArrayList<>(columns.stream().map(ExportField::column).toList());
                names.addAll(fieldColumns);
                spec.commandLine().getOut().printf("Exported %d poster(s) to %s (%s)%n", rows, csv.toAbsolutePath(),
                        String.join(",", names));
            }
            return AfficheCommand.OK;
        });
    }

    /** The decade head's odds when a predicted column is asked for; a note on stderr when there are none. */
    private Map<Long, SortedMap<Decade, Double>> predictedDecades(Catalogue catalogue, List<ExportField> columns) {
        if (columns.stream().noneMatch(ExportField.PREDICTED::contains)) return Map.of();
        String id = HeadsCli.resolve(root.paths(), encoder);
        String why;
        try {
            Map<Long, SortedMap<Decade, Double>> odds = PredictedDecades.of(catalogue, id);
            if (!odds.isEmpty()) return odds;
            why = "no trained heads or embeddings for encoder " + id + " (affiche embed, then affiche train)";
        } catch (HeadsException e) {
            why = e.getMessage();
        }
        spec.commandLine().getErr().println("affiche export: predicted decade left empty: " + why);
        return Map.of();
    }
}
