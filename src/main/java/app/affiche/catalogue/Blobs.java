package app.affiche.catalogue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embeddings are stored as little-endian float32 BLOBs, so they are bit-exact and readable from any language. */
final class Blobs {
    private Blobs() {
    }

    static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new CatalogueException("corrupt embedding: " + bytes.length + " bytes is not a whole number of floats");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
