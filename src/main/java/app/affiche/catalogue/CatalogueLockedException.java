package app.affiche.catalogue;

/** Another Affiche process holds the catalogue. */
public class CatalogueLockedException extends CatalogueException {
    public CatalogueLockedException(String message) {
        super(message);
    }
}
