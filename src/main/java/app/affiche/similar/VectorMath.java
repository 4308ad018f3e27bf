package app.affiche.similar;

/**
 * Distance kernels over one row of a packed matrix. Four independent accumulators let the CPU overlap the
 * additions (the JIT does not reorder float sums by itself); this roughly halves brute-force search time.
 */
final class VectorMath {
    private VectorMath() {
    }

    static double dot(float[] q, float[] m, int offset) {
        float a = 0, b = 0, c = 0, d = 0;
        int n = q.length, i = 0;
        for (; i + 3 < n; i += 4) {
            a += q[i] * m[offset + i];
            b += q[i + 1] * m[offset + i + 1];
            c += q[i + 2] * m[offset + i + 2];
            d += q[i + 3] * m[offset + i + 3];
        }
        for (; i < n; i++) a += q[i] * m[offset + i];
        return (double) a + b + c + d;
    }

    static double squaredEuclidean(float[] q, float[] m, int offset) {
        float a = 0, b = 0, c = 0, d = 0;
        int n = q.length, i = 0;
        for (; i + 3 < n; i += 4) {
            float x = q[i] - m[offset + i], y = q[i + 1] - m[offset + i + 1];
            float z = q[i + 2] - m[offset + i + 2], w = q[i + 3] - m[offset + i + 3];
            a += x * x;
            b += y * y;
            c += z * z;
            d += w * w;
        }
        for (; i < n; i++) {
            float x = q[i] - m[offset + i];
            a += x * x;
        }
        return (double) a + b + c + d;
    }

    static double manhattan(float[] q, float[] m, int offset) {
        float a = 0, b = 0, c = 0, d = 0;
        int n = q.length, i = 0;
        for (; i + 3 < n; i += 4) {
            a += Math.abs(q[i] - m[offset + i]);
            b += Math.abs(q[i + 1] - m[offset + i + 1]);
            c += Math.abs(q[i + 2] - m[offset + i + 2]);
            d += Math.abs(q[i + 3] - m[offset + i + 3]);
        }
        for (; i < n; i++) a += Math.abs(q[i] - m[offset + i]);
        return (double) a + b + c + d;
    }

    static double norm(float[] v, int offset, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) s += (double) v[offset + i] * v[offset + i];
        return Math.sqrt(s);
    }
}
