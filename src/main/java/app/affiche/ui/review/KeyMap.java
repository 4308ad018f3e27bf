package app.affiche.ui.review;

import javafx.scene.input.KeyCode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which key toggles which genre: digits first, then letters away from the review's own keys (Enter, arrows, Y for
 * year), and no letter that reads like a digit while there are fewer than 27 genres. Genres past the last key have none and are toggled by clicking.
 */
public final class KeyMap {
    static final List<KeyCode> KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0,
            KeyCode.Q, KeyCode.W, KeyCode.E, KeyCode.R, KeyCode.T, KeyCode.U, KeyCode.I, KeyCode.P,
            KeyCode.S, KeyCode.D, KeyCode.F, KeyCode.G, KeyCode.H, KeyCode.J, KeyCode.K, KeyCode.L,
            KeyCode.O); // O last: beside 0 in the same pane its key cap reads like the digit

    private final Map<String, KeyCode> byGenre;
    private final Map<KeyCode, String> byKey = new LinkedHashMap<>();

    private KeyMap(Map<String, KeyCode> byGenre) {
        this.byGenre = Collections.unmodifiableMap(byGenre);
        byGenre.forEach((g, k) -> byKey.put(k, g));
    }

    public static KeyMap forGenres(List<String> genres) {
        Map<String, KeyCode> map = new LinkedHashMap<>();
        for (int i = 0; i < genres.size() && i < KEYS.size(); i++) map.put(genres.get(i), KEYS.get(i));
        return new KeyMap(map);
    }

    public Optional<String> genre(KeyCode key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The key's label as shown on screen ("1", "Q"), or "" when the genre has no key. */
    public String label(String genre) {
        KeyCode k = byGenre.get(genre);
        return k == null ? "" : k.getName();
    }

    public Map<String, KeyCode> entries() {
        return byGenre;
    }
}
