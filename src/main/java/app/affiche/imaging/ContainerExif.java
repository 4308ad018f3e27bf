package app.affiche.imaging;

import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the EXIF block (a TIFF structure) in the containers whose readers do not expose it: a PNG's
 * {@code eXIf} chunk (PNG 3rd edition; before the image data) and a WebP's {@code EXIF} chunk (extended
 * format, usually after the image data, so the walk seeks past chunk bodies without reading them). Phones and
 * browsers honour the orientation in both; without it a portrait photo of a poster would be read lying down.
 * Returns null when there is none or the container does not parse; never reads more than one chunk's body.
 */
final class ContainerExif {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** An EXIF block bigger than this is not one a camera or editor writes; refusing it bounds memory. */
    private static final long MAX_EXIF_BYTES = 1 << 20;
    private static final int MAX_CHUNKS = 1024;

    private ContainerExif() {
    }

    static byte[] png(ImageInputStream in) throws IOException {
        ByteOrder before = in.getByteOrder();
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        try {
            if (!startsWith(in, PNG_SIGNATURE)) return null;
            for (int i = 0; i < MAX_CHUNKS; i++) {
                long length = in.readUnsignedInt();
                String type = fourCc(in);
                if (type.equals("eXIf")) return body(in, length);
                if (type.equals("IDAT") || type.equals("IEND")) return null;
                in.seek(in.getStreamPosition() + length + 4); // body and CRC
            }
            return null;
        } finally {
            in.setByteOrder(before); // the image reader reads the same stream next
        }
    }

    static byte[] webp(ImageInputStream in) throws IOException {
        ByteOrder before = in.getByteOrder();
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        try {
            if (!fourCc(in).equals("RIFF")) return null;
            long end = 8 + in.readUnsignedInt();
            if (!fourCc(in).equals("WEBP")) return null;
            for (int i = 0; i < MAX_CHUNKS && in.getStreamPosition() + 8 <= end; i++) {
                String type = fourCc(in);
                long length = in.readUnsignedInt();
                if (type.equals("EXIF")) return body(in, length);
                in.seek(in.getStreamPosition() + length + (length & 1)); // chunks are padded to an even size
            }
            return null;
        } finally {
            in.setByteOrder(before);
        }
    }

    private static byte[] body(ImageInputStream in, long length) throws IOException {
        if (length > MAX_EXIF_BYTES) return null;
        byte[] data = new byte[(int) length];
        in.readFully(data);
        return data;
    }

    private static boolean startsWith(ImageInputStream in, byte[] expected) throws IOException {
        byte[] actual = new byte[expected.length];
        in.readFully(actual);
        return Arrays.equals(actual, expected);
    }

    private static String fourCc(ImageInputStream in) throws IOException {
        byte[] b = new byte[4];
        in.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
