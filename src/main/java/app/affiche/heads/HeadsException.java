package app.affiche.heads;

/** Heads cannot be trained or applied; the message says what to do. */
public final class HeadsException extends RuntimeException {
    public HeadsException(String message) {
        super(message);
    }
}
