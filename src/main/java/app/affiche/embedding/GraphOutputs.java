package app.affiche.embedding;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Exposes intermediate tensors of an ONNX model as extra graph outputs, by editing the protobuf bytes in memory:
 * ONNX Runtime only returns graph outputs, and the file on disk (verified by SHA-256) must stay as shipped.
 * Only the wire format is needed: a ModelProto's graph is field 7; a GraphProto's outputs are repeated field 12,
 * so new ValueInfoProto entries (name, float tensor type, no shape) are appended to the graph's bytes.
 */
final class GraphOutputs {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_ELEM_TYPE = 1;
    private static final int FLOAT = 1;

    private GraphOutputs() {
    }

    /** The model with {@code names} added as float graph outputs; the caller checks they exist by running it. */
    static byte[] withOutputs(byte[] model, List<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + 64 * names.size());
        int[] pos = {0};
        boolean graphSeen = false;
        while (pos[0] < model.length) {
            int start = pos[0];
            long key = varint(model, pos);
            int field = (int) (key >>> 3);
            int wireType = (int) (key & 7);
            switch (wireType) {
                case 0 -> varint(model, pos);
                case 1 -> pos[0] += 8;
                case 5 -> pos[0] += 4;
                case 2 -> {
                    int length = Math.toIntExact(varint(model, pos));
                    int body = pos[0];
                    pos[0] += length;
                    if (pos[0] > model.length) throw new IllegalArgumentException("truncated ONNX model");
                    if (field == MODEL_GRAPH) {
                        ByteArrayOutputStream graph = new ByteArrayOutputStream(length + 64 * names.size());
                        graph.write(model, body, length);
                        for (String name : names) writeBytes(graph, GRAPH_OUTPUT, floatOutput(name));
                        writeBytes(out, MODEL_GRAPH, graph.toByteArray());
                        graphSeen = true;
                        continue;
                    }
                }
                default -> throw new IllegalArgumentException("not an ONNX model (wire type " + wireType + ")");
            }
            if (pos[0] > model.length) throw new IllegalArgumentException("truncated ONNX model");
            out.write(model, start, pos[0] - start);
        }
        if (!graphSeen) throw new IllegalArgumentException("not an ONNX model (no graph)");
        return out.toByteArray();
    }

    private static byte[] floatOutput(String name) {
        ByteArrayOutputStream tensor = new ByteArrayOutputStream();
        writeVarint(tensor, (long) TENSOR_ELEM_TYPE << 3);
        writeVarint(tensor, FLOAT);
        ByteArrayOutputStream type = new ByteArrayOutputStream();
        writeBytes(type, TYPE_TENSOR, tensor.toByteArray());
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        writeBytes(info, VALUE_INFO_NAME, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        writeBytes(info, VALUE_INFO_TYPE, type.toByteArray());
        return info.toByteArray();
    }

    private static long varint(byte[] data, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= data.length) throw new IllegalArgumentException("truncated ONNX model");
            int b = data[pos[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
        throw new IllegalArgumentException("not an ONNX model (bad varint)");
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) ((value & 0x7f) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static void writeBytes(ByteArrayOutputStream out, int field, byte[] bytes) {
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }
}
