package app.affiche.ui.review;

import app.affiche.poster.GenreLabel;
import app.affiche.poster.LabelSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyboard review's decisions, without the toolkit or a catalogue. */
class ReviewViewModelTest {
    private final Thresholds thresholds = new Thresholds();
    private final ReviewViewModel vm = new ReviewViewModel(thresholds);

    ReviewViewModelTest() {
        vm.vocabulary().setAll("Action", "Comedy", "Drama", "Horror");
    }

    @Test
    void keysFollowTheVocabularyOrder() {
        assertEquals("1", vm.keyMap().get().label("Action"));
        assertEquals("4", vm.keyMap().get().label("Horror"));
        assertEquals("Drama", vm.keyMap().get().genre(javafx.scene.input.KeyCode.DIGIT3).orElseThrow());
    }

    @Test
    void toggleAddsThenRemovesOnOnePoster() {
        vm.targets().setAll(new LabelState(7, Set.of("Drama"), LabelSource.IMPORT, Map.of()));
        LabelEdit.Genres add = assertInstanceOf(LabelEdit.Genres.class, vm.toggle("Horror").orElseThrow());
        assertEquals(Set.of("Drama", "Horror"), add.after());
        assertEquals(Set.of("Drama"), add.before());
        assertEquals(LabelSource.IMPORT, add.beforeSource());
        LabelEdit.Genres remove = assertInstanceOf(LabelEdit.Genres.class, vm.toggle("Drama").orElseThrow());
        assertEquals(Set.of(), remove.after());
    }

    @Test
    void batchToggleAddsToAllUnlessAllCarryIt() {
        vm.targets().setAll(new LabelState(1, Set.of("Drama"), LabelSource.CURATOR, Map.of()),
                new LabelState(2, Set.of(), LabelSource.CURATOR, Map.of()));
        List<GenreRow> rows = vm.rows();
        assertEquals(GenreRow.Coverage.SOME, rows.get(2).coverage());
        assertEquals(GenreRow.Coverage.NONE, rows.get(0).coverage());
        LabelEdit.Compound add = assertInstanceOf(LabelEdit.Compound.class, vm.toggle("Drama").orElseThrow());
        assertEquals(1, add.parts().size(), "only the poster lacking Drama changes");
        assertEquals(Set.of(2L), add.posters());

        vm.targets().setAll(new LabelState(1, Set.of("Drama"), LabelSource.CURATOR, Map.of()),
                new LabelState(2, Set.of("Drama", "Comedy"), LabelSource.CURATOR, Map.of()));
        assertEquals(GenreRow.Coverage.ALL, vm.rows().get(2).coverage());
        LabelEdit.Compound remove = assertInstanceOf(LabelEdit.Compound.class, vm.toggle("Drama").orElseThrow());
        assertEquals(Set.of(1L, 2L), remove.posters());
        assertEquals(Set.of("Comedy"), ((LabelEdit.Genres) remove.parts().get(1)).after());
    }

    @Test
    void acceptTakesSuggestionsAtOrAboveThresholdNeverTheBand() {
        thresholds.threshold("Horror").set(0.6);
        vm.targets().setAll(new LabelState(3, Set.of(), LabelSource.CURATOR,
                Map.of("Action", 0.9, "Horror", 0.55, "Comedy", 0.1)));  // Horror band: [0.45, 0.6)
        List<GenreRow> rows = vm.rows();
        assertEquals(Suggestion.LIKELY, rows.get(0).suggestion());
        assertEquals(Suggestion.MAYBE, rows.get(3).suggestion());
        assertEquals(Suggestion.NONE, rows.get(1).suggestion());
        LabelEdit.Genres accept = assertInstanceOf(LabelEdit.Genres.class, vm.acceptSuggestions().orElseThrow());
        assertEquals(Set.of("Action"), accept.after());

        thresholds.threshold("Horror").set(0.5);
        assertEquals(Set.of("Action", "Horror"), ((LabelEdit.Genres) vm.acceptSuggestions().orElseThrow()).after(),
                "a lowered threshold applies at once");
    }

    @Test
    void aLivePredictionCoversEveryGenreAndDrivesAccept() {
        vm.targets().setAll(new LabelState(5, Set.of(), LabelSource.CURATOR, Map.of("Drama", 0.7)));
        vm.putPrediction(5, Map.of("Drama", 0.7, "Horror", 0.8, "Action", 0.1, "Comedy", 0.2), Map.of());
        assertEquals(0.1, vm.rows().get(0).confidence());
        assertEquals(Set.of("Drama", "Horror"), ((LabelEdit.Genres) vm.acceptSuggestions().orElseThrow()).after());
    }

    @Test
    void aShownPosterIsJudgedByTheHeadsOwnThresholdsWhichFollowTheCuratorsChanges() {
        thresholds.setAll(Map.of("Drama", 0.6, "Horror", 0.5));
        vm.targets().setAll(new LabelState(8, Set.of(), LabelSource.CURATOR, Map.of()));
        // a 1950s poster: the heads judged Drama by its pre-1980 threshold 0.3
        vm.putPrediction(8, Map.of("Drama", 0.4, "Horror", 0.45), Map.of("Drama", 0.3, "Horror", 0.5));
        assertEquals(Suggestion.LIKELY, vm.rows().get(2).suggestion(), "0.4 clears Drama's pre-1980 threshold 0.3");
        assertEquals(0.3, vm.rows().get(2).threshold(), 1e-12);
        assertEquals(Suggestion.MAYBE, vm.rows().get(3).suggestion(), "Horror has no pre-1980 shift");
        assertEquals(Set.of("Drama"), ((LabelEdit.Genres) vm.acceptSuggestions().orElseThrow()).after());

        thresholds.threshold("Drama").set(0.9);  // the curator raises Drama: pre-1980 moves to 0.45
        assertEquals(0.45, vm.rows().get(2).threshold(), 1e-12);
        assertEquals(Suggestion.MAYBE, vm.rows().get(2).suggestion());

        vm.putPrediction(8, Map.of("Drama", 0.4, "Horror", 0.45), Map.of("Drama", 0.6, "Horror", 0.5)); // re-dated 1995
        assertEquals(0.9, vm.rows().get(2).threshold(), 1e-12);
        assertEquals(Suggestion.NONE, vm.rows().get(2).suggestion());
    }

    @Test
    void acceptOnASelectionJudgesUnshownPostersByTheThresholdsStoredWithTheirSuggestions() {
        thresholds.setAll(Map.of("Drama", 0.6, "Horror", 0.5));
        java.time.Instant at = java.time.Instant.EPOCH;
        // never shown: a 1950s poster whose Drama the heads judged by 0.3, and one stored before thresholds were kept
        LabelState old = LabelState.of(11, List.of(new GenreLabel("Drama", LabelSource.MODEL, 0.4, 0.3, at),
                new GenreLabel("Horror", LabelSource.MODEL, 0.55, 0.5, at)));
        LabelState legacy = LabelState.of(12, List.of(new GenreLabel("Drama", LabelSource.MODEL, 0.4, null, at),
                new GenreLabel("Western", LabelSource.CURATOR, null, null, at)));
        assertEquals(Map.of("Drama", 0.3, "Horror", 0.5), old.modelThresholds());
        vm.targets().setAll(old, legacy);
        LabelEdit.Compound accept = assertInstanceOf(LabelEdit.Compound.class, vm.acceptSuggestions().orElseThrow());
        assertEquals(Set.of(11L), accept.posters(), "the legacy poster's Drama 0.4 stays under the all-era 0.6");
        assertEquals(Set.of("Drama", "Horror"), ((LabelEdit.Genres) accept.parts().getFirst()).after());

        thresholds.threshold("Drama").set(0.9);  // the curator's change scales the stored threshold too: 0.45
        var after = assertInstanceOf(LabelEdit.Compound.class, vm.acceptSuggestions().orElseThrow());
        assertEquals(Set.of("Horror"), ((LabelEdit.Genres) after.parts().getFirst()).after());
    }

    @Test
    void nothingToAcceptGivesNoEdit() {
        vm.targets().setAll(new LabelState(3, Set.of("Action"), LabelSource.CURATOR, Map.of("Action", 0.9)));
        assertTrue(vm.acceptSuggestions().isEmpty());
    }

    @Test
    void yearFieldAcceptsYearsAndRejectsTheRest() {
        assertEquals(1957, ReviewViewModel.parseYear(" 1957 "));
        assertEquals(null, ReviewViewModel.parseYear(""));
        assertThrows(IllegalArgumentException.class, () -> ReviewViewModel.parseYear("1950s"));
        assertThrows(IllegalArgumentException.class, () -> ReviewViewModel.parseYear("1700"));
    }

    @Test
    void thresholdChangesBumpTheRevision() {
        int before = thresholds.revision().get();
        thresholds.threshold("Drama").set(0.7);
        thresholds.band().set(0.2);  // maybe from 0.56
        assertEquals(before + 2, thresholds.revision().get());
        assertEquals(Suggestion.MAYBE, thresholds.classify("Drama", 0.57));
        assertEquals(Suggestion.NONE, thresholds.classify("Drama", 0.55));
        assertEquals(Suggestion.LIKELY, thresholds.classify("Drama", 0.70));
    }
}
