package app.affiche.embedding;

/** No usable encoder file is installed: the command says how to install one and exits 1. */
public class NoEncoderException extends EncoderException {
    public NoEncoderException(String message) {
        super(message);
    }
}
