package app.affiche.imaging;

import java.io.IOException;

/** A file that cannot become a trustworthy image. The message is the reason shown to the user. */
public class DecodeException extends IOException {
    public DecodeException(String reason) {
        super(reason);
    }

    public DecodeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
