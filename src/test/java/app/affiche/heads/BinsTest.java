package app.affiche.heads;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The bins syntax: ranges, the left-out range, and the reason a spec is refused. */
class BinsTest {
    @Test
    void valuesFallInTheirRangeAndUnderscoreIsLeftOut() {
        Bins b = Bins.parse("bad < 5.5 <= okay < 7 <= good");
        assertEquals(List.of("bad", "okay", "good"), b.classes());
        assertEquals("bad", b.of(5.49));
        assertEquals("okay", b.of(5.5));
        assertEquals("good", b.of(7));
        assertEquals("bad<5.5<=okay<7<=good", b.spec());
        Bins clear = Bins.parse("bad<6<=_<7<=good");
        assertNull(clear.of(6.5));
        assertEquals(List.of("bad", "good"), clear.classes());
        assertEquals("bad<6<=_<7<=good", Bins.parse(clear.spec()).spec());
    }

    @Test
    void badSpecsSayWhy() {
        for (String bad : List.of("", "good", "a<b", "a<7<=b<6<=c", "a<1<=a", "_<1<=b", "a<x<=b"))
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Bins.parse(bad)).getMessage()
                    .contains("bins are written like bad<5.5<=okay<7<=good"), bad);
    }
}
