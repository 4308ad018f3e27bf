package app.affiche.ui.detail;

import app.affiche.catalogue.StaleEditException;
import app.affiche.poster.FieldDefinition;
import app.affiche.poster.FieldValue;
import app.affiche.ui.common.CatalogueGateway;
import app.affiche.ui.common.Tasks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** Loads the shown poster's field values and saves the curator's edit, both in the background. */
final class FieldsController {
    private final FieldsViewModel vm = new FieldsViewModel();
    private final FieldsSection section = new FieldsSection(vm);
    private final Executor background;
    private CatalogueGateway gateway;
    private long showing = -1;

    private record Loaded(List<FieldDefinition> fields, List<FieldValue> values) {
    }

    FieldsController(Executor background) {
        this.background = background;
        section.onSet(this::set);
    }

    FieldsSection section() {
        return section;
    }

    FieldsViewModel viewModel() {
        return vm;
    }

    void attach(CatalogueGateway gateway) {
        this.gateway = gateway;
    }

    /** Another poster, or the same one read again (another's change): seen unless he has a value typed meanwhile. */
    void show(long id) {
        show(id, "", id != showing || !section.hasDraft());
    }

    /**
     * Loads and shows the poster's fields, then {@code message} (blank: none) as the panel's error line; {@code seen}:
     * his next edit is checked against the version read now, else against the one he read before.
     */
    private void show(long id, String message, boolean seen) {
        showing = id;
        if (gateway == null || id < 0) {
            vm.clear();
            return;
        }
        CatalogueGateway g = gateway;
        Tasks.of(() -> new Loaded(g.fields(), seen ? g.shownFieldValues(id) : g.fieldValues(id))).onSuccess(l -> {
            if (showing != id) return;
            vm.show(l.fields(), l.values());
            vm.error().set(message);
        }).runOn(background);
    }

    private void set(String field, String value) {
        long id = showing;
        if (gateway == null || id < 0) return;
        Tasks.of(() -> gateway.setFieldValues(id, Map.of(field, value))).onSuccess(v -> {
            section.clearValue();
            show(id);
        }).onError(e -> {
            // another changed the poster since it was shown: say so over the values as they are now (his not saved)
            if (e instanceof StaleEditException && showing == id) show(id, e.getMessage(), true);
            else vm.error().set(e.getMessage());
        }).runOn(background);
    }
}
