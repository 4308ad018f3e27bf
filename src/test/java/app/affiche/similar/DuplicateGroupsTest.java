package app.affiche.similar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Pairs within the rule, chains joined into one group, and the embedding asked only where the hash is unsure. */
class DuplicateGroupsTest {
    @Test
    void pairsWithinTheRuleAreJoinedIntoGroupsAndChainsIntoOne() {
        long a = 0L, b = 0b111L, c = 0b111_111_111L, far = -1L; // a~b 3 bits, b~c 6 bits, a~c 9 bits
        DuplicateRule rule = DuplicateRule.hashOnly(6);
        List<DuplicateGroups.Pair> pairs = DuplicateGroups.pairs(new long[]{a, b, c, far}, rule, (x, y) -> {
            throw new AssertionError("a hash-only rule never asks for a cosine");
        });
        assertEquals(List.of(new DuplicateGroups.Pair(0, 1, 3, Double.NaN), new DuplicateGroups.Pair(1, 2, 6, Double.NaN)), pairs);
        assertEquals(List.of(List.of(0, 1, 2)), DuplicateGroups.groups(4, pairs), "a~b and b~c make one group; far stays out");
    }

    @Test
    void betweenTheSureAndLooseBitsTheEmbeddingDecides() {
        DuplicateRule rule = new DuplicateRule(2, 10, 0.9);
        long[] hashes = {0L, 0b1_1111L, 0b11_1110_0000L}; // 5 bits from the first, 10 from each other
        List<DuplicateGroups.Pair> pairs = DuplicateGroups.pairs(hashes, rule, (x, y) -> x == 0 && y == 1 ? 0.95 : 0.5);
        assertEquals(1, pairs.size());
        assertEquals(0.95, pairs.getFirst().cosine());
        assertFalse(rule.copies(5, Double.NaN), "without embeddings only the sure bits count");
        assertTrue(rule.copies(2, Double.NaN));
    }

    @Test
    void aRuleWithLooseBelowSureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DuplicateRule(10, 5, 0.9));
    }

    @Test
    void cosineIsNaNWithoutBothVectors() {
        assertTrue(Double.isNaN(DuplicateGroups.cosine(null, new float[]{1})));
        assertEquals(1.0, DuplicateGroups.cosine(new float[]{1, 2}, new float[]{2, 4}), 1e-9);
    }
}
