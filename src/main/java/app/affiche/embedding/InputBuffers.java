package app.affiche.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One direct float buffer per inference thread, grown to the largest batch it has run and reused: ONNX Runtime
 * reads a direct buffer in place, so a batch's input costs no allocation. Direct memory is freed only when its
 * buffer object is collected, so a fresh one per batch piled up between GCs (about 200 MiB in an embed run).
 */
final class InputBuffers {
    private static final ThreadLocal<FloatBuffer> BUFFER = new ThreadLocal<>();

    private InputBuffers() {
    }

    /** A cleared buffer of at least {@code floats} floats, native byte order; valid until this thread's next take. */
    static FloatBuffer take(int floats) {
        FloatBuffer b = BUFFER.get();
        if (b == null || b.capacity() < floats) {
            b = ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES)).order(ByteOrder.nativeOrder()).asFloatBuffer();
            BUFFER.set(b);
        }
        b.clear();
        return b;
    }
}
