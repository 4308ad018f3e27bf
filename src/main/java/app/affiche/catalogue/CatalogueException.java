package app.affiche.catalogue;

/** A catalogue operation failed; the message says why in the user's terms. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
