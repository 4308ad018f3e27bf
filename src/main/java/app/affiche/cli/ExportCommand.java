package app.affiche.cli;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.CsvExport;
import app.affiche.catalogue.ExportField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the catalogue as CSV (UTF-8, RFC 4180). Cells starting with = + - @ ' tab or CR get a "
                + "leading ' so spreadsheets do not run them as formulas; import --labels strips it again.",
                "Fields: sha256,path,title,year,decade,genres,suggested_genres,label_source,palette,greys,dominant,"
                        + "width,height,format,size_bytes (default), also id, confirmed_genres."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    AfficheCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path csv;

    @Option(names = "--fields", paramLabel = "F,F,...", description = "Columns and their order.")
    String fields;

    @Option(names = "--bom", description = "Start the file with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Override
    public Integer call() {
        return CliSupport.guarded(spec, () -> {
            List<ExportField> columns = fields == null ? ExportField.DEFAULT : ExportField.parse(fields);
            try (Catalogue catalogue = CliSupport.open(root)) {
                int rows = CsvExport.write(catalogue, csv, columns, bom);
                spec.commandLine().getOut().printf("Exported %d poster(s) to %s (%s)%n", rows, csv.toAbsolutePath(),
                        columns.stream().map(ExportField::column).collect(Collectors.joining(",")));
            }
            return AfficheCommand.OK;
        });
    }
}
