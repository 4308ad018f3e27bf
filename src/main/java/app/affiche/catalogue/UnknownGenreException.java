package app.affiche.catalogue;

/** A label named a genre that is not in the catalogue's vocabulary (add it first with {@link Catalogue#addGenre}). */
public class UnknownGenreException extends CatalogueException {
    public UnknownGenreException(String genre) {
        super("unknown genre '" + genre + "': not in the catalogue's genre vocabulary (add it explicitly first)");
    }
}
