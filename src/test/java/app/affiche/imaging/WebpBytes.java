package app.affiche.imaging;

import java.io.ByteArrayOutputStream;

/**
 * A lossless WebP (VP8L) of one colour, built by bytes after the WebP lossless bitstream specification
 * (RFC 9649): no transforms, no colour cache, no meta prefix codes, and five "simple" prefix codes of a single
 * symbol each (green, red, blue, alpha, distance). A one-symbol code takes zero bits per pixel, so every pixel
 * decodes to that colour whatever the size. TwelveMonkeys has a WebP reader but no writer.
 */
final class WebpBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int position;

    private WebpBytes() {
    }

    static byte[] solid(int width, int height, int rgb) {
        WebpBytes bits = new WebpBytes();
        bits.out.write(0x2F);                 // VP8L signature
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(0, 1);                       // alpha_is_used
        bits.put(0, 3);                       // version
        bits.put(0, 1);                       // no transform
        bits.put(0, 1);                       // no colour cache
        bits.put(0, 1);                       // no meta prefix codes
        bits.simpleCode((rgb >> 8) & 0xFF);   // green (literal)
        bits.simpleCode((rgb >> 16) & 0xFF);  // red
        bits.simpleCode(rgb & 0xFF);          // blue
        bits.simpleCode(0xFF);                // alpha
        bits.simpleCode(0);                   // distance
        byte[] vp8l = bits.finish();
        return riff(vp8l);
    }

    /**
     * The same picture in the extended format: a VP8X header flagging EXIF, the VP8L chunk, then an EXIF chunk
     * after the image data, where libwebp's muxer puts it ({@code exifPrefix}: "Exif\0\0" before the TIFF
     * header, as some writers do).
     */
    static byte[] solidWithExif(int width, int height, int rgb, byte[] exif, boolean exifPrefix) {
        byte[] simple = solid(width, height, rgb);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes("VP8X".getBytes());
        le32(chunks, 10);
        chunks.write(0x08);                   // EXIF flag
        chunks.writeBytes(new byte[3]);       // reserved
        le24(chunks, width - 1);
        le24(chunks, height - 1);
        chunks.write(simple, 12, simple.length - 12); // the VP8L chunk, already padded
        byte[] body = exifPrefix ? concat(new byte[]{'E', 'x', 'i', 'f', 0, 0}, exif) : exif;
        chunks.writeBytes("EXIF".getBytes());
        le32(chunks, body.length);
        chunks.writeBytes(body);
        if ((body.length & 1) != 0) chunks.write(0);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("RIFF".getBytes());
        le32(file, 4 + chunks.size());
        file.writeBytes("WEBP".getBytes());
        file.writeBytes(chunks.toByteArray());
        return file.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void le24(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 3; i++) out.write((v >> (8 * i)) & 0xFF);
    }

    private void simpleCode(int symbol) {
        put(1, 1); // is_simple
        put(0, 1); // num_symbols - 1
        put(1, 1); // is_first_8bits
        put(symbol, 8);
    }

    private void put(int value, int bits) {
        for (int i = 0; i < bits; i++) {
            if (((value >> i) & 1) != 0) current |= 1 << position;
            if (++position == 8) {
                out.write(current);
                current = 0;
                position = 0;
            }
        }
    }

    private byte[] finish() {
        if (position > 0) out.write(current);
        return out.toByteArray();
    }

    private static byte[] riff(byte[] vp8l) {
        int padded = vp8l.length + (vp8l.length & 1);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("RIFF".getBytes());
        le32(file, 4 + 8 + padded);
        file.writeBytes("WEBPVP8L".getBytes());
        le32(file, vp8l.length);
        file.writeBytes(vp8l);
        if ((vp8l.length & 1) != 0) file.write(0);
        return file.toByteArray();
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) out.write((v >> (8 * i)) & 0xFF);
    }
}
