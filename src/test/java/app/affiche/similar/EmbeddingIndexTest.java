package app.affiche.similar;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingIndexTest {
    // Hand-made 3-d vectors: b points the same way as the query but is long, c is close in space but turned away.
    private static final float[] QUERY = {1, 0, 0};

    private static EmbeddingIndex small() {
        return EmbeddingIndex.builder(3)
                .add(10, new float[]{1, 0, 0}, null)      // identical
                .add(11, new float[]{10, 0, 0}, null)     // same direction, far away
                .add(12, new float[]{0.6f, 0.6f, 0}, null) // 45 degrees, near in space
                .add(13, new float[]{0, 0, -1}, null)     // orthogonal
                .add(14, new float[]{1, 0.3f, 0.3f}, null)
                .build();
    }

    private static List<Long> ids(List<Neighbour> ns) {
        return ns.stream().map(Neighbour::posterId).toList();
    }

    @Test
    void cosineRanksByDirectionOnly() {
        List<Neighbour> ns = small().nearest(QUERY, null, Metric.COSINE, 5);
        assertEquals(List.of(10L, 11L, 14L, 12L, 13L), ids(ns));
        assertEquals(0.0, ns.get(0).distance(), 1e-6);
        assertEquals(0.0, ns.get(1).distance(), 1e-6);
        assertEquals(1 - Math.sqrt(0.5), ns.get(3).distance(), 1e-6);
        assertEquals(1.0, ns.get(4).distance(), 1e-6);
    }

    @Test
    void euclideanAndManhattanRankByPosition() {
        EmbeddingIndex index = small();
        assertEquals(List.of(10L, 14L, 12L), ids(index.nearest(QUERY, null, Metric.EUCLIDEAN, 3)));
        List<Neighbour> l1 = index.nearest(QUERY, null, Metric.MANHATTAN, 5);
        assertEquals(List.of(10L, 14L, 12L, 13L, 11L), ids(l1));
        assertEquals(0.6, l1.get(1).distance(), 1e-6);
        assertEquals(9.0, l1.get(4).distance(), 1e-6);
        assertEquals(Math.sqrt(0.4 * 0.4 + 0.6 * 0.6), index.nearest(QUERY, null, Metric.EUCLIDEAN, 3).get(2).distance(), 1e-6);
    }

    @Test
    void paletteBlendReordersPostersWithTheSameEmbedding() {
        float[] red = oneHot(63), blue = oneHot(3);
        EmbeddingIndex index = EmbeddingIndex.builder(2)
                .add(1, new float[]{1, 0}, blue)
                .add(2, new float[]{1, 0}, red)
                .build();
        assertEquals(List.of(1L, 2L), ids(index.nearest(new float[]{1, 0}, red, Metric.COSINE, 2)));
        List<Neighbour> blended = index.nearest(new float[]{1, 0}, red, Metric.COSINE_PALETTE, 2);
        assertEquals(List.of(2L, 1L), ids(blended));
        assertEquals(Metric.PALETTE_WEIGHT / (1 + Metric.PALETTE_WEIGHT), blended.get(1).distance(), 1e-6);
    }

    @Test
    void palettesAddedLaterGiveTheSameBlendAsPalettesAtBuild() {
        float[] red = oneHot(63), blue = oneHot(3);
        EmbeddingIndex bare = EmbeddingIndex.builder(2).add(1, new float[]{1, 0}, null).add(2, new float[]{1, 0.1f}, null).build();
        EmbeddingIndex later = bare.withPalettes(id -> id == 1 ? blue : red);
        EmbeddingIndex atBuild = EmbeddingIndex.builder(2).add(1, new float[]{1, 0}, blue).add(2, new float[]{1, 0.1f}, red).build();
        List<Neighbour> a = later.nearest(new float[]{1, 0}, red, Metric.COSINE_PALETTE, 2);
        assertEquals(List.of(2L, 1L), ids(a));
        assertEquals(a, atBuild.nearest(new float[]{1, 0}, red, Metric.COSINE_PALETTE, 2));
        assertEquals(List.of(1L, 2L), ids(bare.nearest(new float[]{1, 0}, red, Metric.COSINE_PALETTE, 2)), "no palettes: cosine alone");
    }

    @Test
    void findsExactNeighboursAcrossChunkBoundaries() {
        findsExactNeighboursAcrossChunkBoundaries(EmbeddingIndex.builder(16));
    }

    @Test
    void aBuilderSizedForFewRowsTakesMoreAlike() {
        findsExactNeighboursAcrossChunkBoundaries(EmbeddingIndex.builder(16, 10)); // its first chunk grows past 10 rows
    }

    private void findsExactNeighboursAcrossChunkBoundaries(EmbeddingIndex.Builder builder) {
        int n = EmbeddingIndex.CHUNK_ROWS * 2 + 17, dim = 16;
        Random random = new Random(7);
        float[][] rows = new float[n][dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) rows[i][d] = (float) random.nextGaussian();
            builder.add(1000L + i, rows[i], null);
        }
        EmbeddingIndex index = builder.build();
        assertEquals(n, index.size());
        for (int target : new int[]{0, EmbeddingIndex.CHUNK_ROWS - 1, EmbeddingIndex.CHUNK_ROWS, n - 1}) {
            List<Neighbour> ns = index.nearest(rows[target], null, Metric.EUCLIDEAN, 4);
            assertEquals(1000L + target, ns.get(0).posterId(), "row " + target + " finds itself first");
            assertEquals(0.0, ns.get(0).distance(), 1e-6);
            assertEquals(bruteForceSecond(rows, target), ns.get(1).posterId() - 1000L);
            for (int i = 1; i < ns.size(); i++) assertTrue(ns.get(i - 1).distance() <= ns.get(i).distance());
        }
    }

    @Test
    void rejectsVectorsOfTheWrongDimension() {
        EmbeddingIndex index = small();
        var e = assertThrows(IllegalArgumentException.class, () -> index.nearest(new float[4], null, Metric.COSINE, 1));
        assertTrue(e.getMessage().contains("4 dimensions"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmbeddingIndex.builder(3).add(5, new float[2], null));
    }

    @Test
    void emptyIndexAndFewerRowsThanAskedAreFine() {
        assertEquals(List.of(), EmbeddingIndex.builder(3).build().nearest(QUERY, null, Metric.COSINE, 5));
        assertEquals(5, small().nearest(QUERY, null, Metric.COSINE, 50).size());
    }

    private static int bruteForceSecond(float[][] rows, int target) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            if (i == target) continue;
            double s = 0;
            for (int d = 0; d < rows[i].length; d++) s += Math.pow(rows[i][d] - rows[target][d], 2);
            if (s < bestD) {
                bestD = s;
                best = i;
            }
        }
        return best;
    }

    private static float[] oneHot(int i) {
        float[] v = new float[PaletteSignature.LENGTH];
        v[i] = 1;
        return v;
    }
}
