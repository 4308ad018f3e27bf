package app.affiche.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the first byte of a file that is not UTF-8, with its line. A Reader cannot say: it decodes ahead in
 * blocks, so its error names whatever line the parser was on (often line 1) and only "Input length = 1".
 */
final class Utf8Check {
    private static final int BLOCK = 1 << 16;

    private Utf8Check() {
    }

    /** Where the file stops being UTF-8, as "line N: not UTF-8 (…)"; empty when all of it is UTF-8. */
    static Optional<LabelImportReport.LineError> firstError(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        CharBuffer chars = CharBuffer.allocate(BLOCK);
        long line = 1;
        long column = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) bytes.position(bytes.position() + n);
                bytes.flip();
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                for (int i = start; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                if (result.isError()) {
                    String what = bytes.hasRemaining()
                            ? String.format(Locale.ROOT, "byte 0x%02X", bytes.get(bytes.position()) & 0xFF)
                            : "a character cut off";
                    return Optional.of(new LabelImportReport.LineError(line, "not UTF-8 (" + what + " at byte " + column
                            + " of the line): nothing from this file was imported; save it as UTF-8 "
                            + "(in a spreadsheet: CSV UTF-8) and import it again"));
                }
                chars.clear();
                bytes.compact();
            }
        }
        return Optional.empty();
    }
}
