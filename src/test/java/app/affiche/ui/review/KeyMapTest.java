package app.affiche.ui.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KeyMapTest {
    /** Seen in the review loop's screenshots: History showed "0" and Western "O", two key caps that read alike. */
    @Test
    void theEighteenGenresNeverGetBothZeroAndTheLetterO() {
        List<String> genres = new ArrayList<>();
        for (int i = 0; i < 18; i++) genres.add("Genre " + i);
        KeyMap keys = KeyMap.forGenres(genres);
        List<String> labels = genres.stream().map(keys::label).toList();
        assertEquals(18, Set.copyOf(labels).size(), "each genre has its own key: " + labels);
        assertFalse(labels.contains("0") && labels.contains("O"), "0 and O together: " + labels);
        assertFalse(labels.contains("Y"), "Y edits the year");
    }
}
