package app.affiche.ui.workbench;

import app.affiche.catalogue.Catalogue;
import app.affiche.catalogue.PosterFilter;
import app.affiche.ui.common.FxGuard;

/** What the status bar says about the catalogue: posters, how many carry confirmed genres, how many the curator's. */
public record CatalogueCounts(int posters, int labelled, int byCurator) {
    private static final PosterFilter LABELLED = new PosterFilter(null, null, false, null, Integer.MAX_VALUE, 0);

    /** Three counting queries; background thread. */
    public static CatalogueCounts read(Catalogue catalogue) {
        FxGuard.requireBackground("counting posters");
        return new CatalogueCounts(catalogue.count(PosterFilter.ALL), catalogue.count(LABELLED),
                catalogue.curatorConfirmed().size());
    }
}
