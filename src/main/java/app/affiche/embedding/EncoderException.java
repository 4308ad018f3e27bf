package app.affiche.embedding;

/** The encoder could not be loaded or run; the message names the file and what differs. */
public class EncoderException extends Exception {
    public EncoderException(String message) {
        super(message);
    }

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
