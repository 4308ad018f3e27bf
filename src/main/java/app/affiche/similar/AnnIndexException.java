package app.affiche.similar;

import java.io.IOException;
import java.nio.file.Path;

/** The similar-poster index folder cannot be used as it is (missing, damaged, or built for another encoder). */
public final class AnnIndexException extends IOException {
    public AnnIndexException(String message) {
        super(message);
    }

    private AnnIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    static AnnIndexException of(Path folder, Throwable cause) {
        if (cause instanceof AnnIndexException a) return a;
        String what = cause instanceof java.nio.file.NoSuchFileException || cause instanceof org.apache.lucene.index.IndexNotFoundException
                ? "it is missing or incomplete" : "it cannot be read";
        return new AnnIndexException(what + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")", cause);
    }
}
