package app.affiche.ui.export;

import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.ErrorReporter;
import app.affiche.ui.common.Tasks;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/** Export flow: dialog, save-as chooser, export in the background, a line saying how many rows went where. */
public final class ExportController {
    private final ExportViewModel vm = new ExportViewModel();
    private final Window owner;
    private final Executor background;
    private final Supplier<CatalogueGateway> gateway;
    private final Supplier<Set<Long>> filteredIds;
    private Supplier<String> encoderId = () -> null;
    private Function<Window, File> chooseTarget = ExportController::saveAs;

    /** {@code filteredIds} runs in the background and returns the posters the current filter shows. */
    public ExportController(Window owner, Executor background, Supplier<CatalogueGateway> gateway,
                            Supplier<Set<Long>> filteredIds) {
        this.owner = owner;
        this.background = background;
        this.gateway = gateway;
        this.filteredIds = filteredIds;
    }

    /** The running encoder's id (null while none), whose heads fill the predicted-decade columns. */
    public void encoderId(Supplier<String> running) {
        encoderId = running;
    }

    public void open(int filtered, int total) {
        CatalogueGateway g = gateway.get();
        if (g == null) return;
        // the fields are read off the FX thread; the dialog opens once they are known
        Tasks.of(() -> g.catalogue().fields()).onSuccess(fields -> {
            vm.fields(fields);
            showDialog(filtered, total);
        }).runOn(background);
    }

    private void showDialog(int filtered, int total) {
        ExportDialog dialog = new ExportDialog(owner, vm, filtered, total);
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            File file = chooseTarget.apply(owner);
            if (file == null) return;
            try {
                export(vm.request(file.toPath())); // its own success handler says where and how many rows
            } catch (IllegalArgumentException e) {
                ErrorReporter.report(e);
            }
        });
    }

    /** Where the dialog's OK asks for the target file (a save-as chooser; UI tests answer it themselves). */
    public void chooseTargetWith(Function<Window, File> chooser) {
        chooseTarget = chooser;
    }

    private static File saveAs(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export CSV to");
        chooser.setInitialFileName("affiche-export.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser.showSaveDialog(owner);
    }

    /** Exports in the background and reports the outcome; the same path the dialog's OK takes. */
    public Task<Integer> export(ExportRequest request) {
        Path target = request.target();
        return Tasks.of(() -> FilteredCsvExport.write(gateway.get(), request,
                        request.onlyFiltered() ? filteredIds.get() : null, encoderId.get()))
                .onSuccess(rows -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, "Exported " + rows + " posters to " + target);
                    done.setHeaderText("CSV written");
                    done.initOwner(owner);
                    done.show();
                })
                .runOn(background);
    }

    public ExportViewModel viewModel() {
        return vm;
    }
}
