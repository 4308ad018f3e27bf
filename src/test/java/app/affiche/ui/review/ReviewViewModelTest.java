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
    void keysAdjustTheDraftAndOnlyConfirmSavesIt() {
        vm.showTargets(List.of(new LabelState(7, Set.of("Drama"), LabelSource.IMPORT, Map.of())));
        assertEquals("Saved: Drama", vm.draftSummary());
        int revision = vm.draftRevision().get();
        vm.toggle("Horror");
        assertTrue(vm.draftRevision().get() > revision, "the genre list is told to show the draft");
        assertEquals(GenreRow.State.NEW, vm.rows().get(3).state(), "ticked, not saved yet");
        assertEquals(GenreRow.State.SAVED, vm.rows().get(2).state());
        assertEquals("Not saved yet — Enter saves: Drama, Horror", vm.draftSummary());
        vm.toggle("Drama");
        assertEquals(GenreRow.State.REMOVED, vm.rows().get(2).state());
        LabelEdit.Genres edit = assertInstanceOf(LabelEdit.Genres.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of("Horror"), edit.after());
        assertEquals(Set.of("Drama"), edit.before());
        assertEquals(LabelSource.IMPORT, edit.beforeSource());

        vm.showTargets(List.of(new LabelState(7, Set.of("Horror"), LabelSource.CURATOR, Map.of())));
        assertTrue(vm.confirmDraft().isEmpty(), "the same poster reloaded after the save: the draft is saved");
        vm.showTargets(List.of(new LabelState(8, Set.of(), LabelSource.CURATOR, Map.of())));
        assertTrue(vm.confirmDraft().isEmpty(), "another poster starts a fresh draft: nothing ticked there");
        assertEquals(0, vm.unsavedElsewhere(), "the saved poster left nothing behind");
    }

    @Test
    void ticksLeftUnsavedWhenMovingOnAreKeptAndComeBackWithThePoster() {
        LabelState seven = new LabelState(7, Set.of("Drama"), LabelSource.IMPORT, Map.of());
        vm.showTargets(List.of(seven));
        vm.toggle("Horror");
        vm.showTargets(List.of(new LabelState(8, Set.of("Comedy"), LabelSource.CURATOR, Map.of())));
        assertEquals(1, vm.unsavedElsewhere());
        assertEquals("Saved: Comedy · unsaved ticks kept on 1 other poster", vm.draftSummary());
        assertTrue(vm.confirmDraft().isEmpty(), "poster 8 does not inherit poster 7's ticks");

        assertEquals(1, vm.unsavedTicks(), "closing now would lose poster 7's ticks");
        vm.showTargets(List.of(seven));
        assertEquals(0, vm.unsavedElsewhere());
        assertEquals(1, vm.unsavedTicks(), "shown again, still not saved");
        assertEquals("Not saved yet — Enter saves: Drama, Horror", vm.draftSummary(), "the ticks are back");
        LabelEdit.Genres edit = assertInstanceOf(LabelEdit.Genres.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of("Drama", "Horror"), edit.after());
        assertEquals(0, vm.unsavedTicks(), "sent by Enter");

        vm.toggle("Horror");                      // ticked and unticked again: nothing to keep
        vm.showTargets(List.of(new LabelState(8, Set.of("Comedy"), LabelSource.CURATOR, Map.of())));
        assertEquals(0, vm.unsavedElsewhere());
    }

    @Test
    void batchToggleTicksForAllUnlessAllHaveItTicked() {
        vm.showTargets(List.of(new LabelState(1, Set.of("Drama"), LabelSource.CURATOR, Map.of()),
                new LabelState(2, Set.of(), LabelSource.CURATOR, Map.of())));
        List<GenreRow> rows = vm.rows();
        assertEquals(GenreRow.Coverage.SOME, rows.get(2).draft());
        assertEquals(GenreRow.State.SOME, rows.get(2).state());
        assertEquals(GenreRow.Coverage.NONE, rows.get(0).draft());
        vm.toggle("Drama");
        assertEquals(GenreRow.State.NEW, vm.rows().get(2).state());
        assertEquals("Not saved yet — Enter saves the ticked genres on 1 of 2 posters", vm.draftSummary());
        LabelEdit.Compound add = assertInstanceOf(LabelEdit.Compound.class, vm.confirmDraft().orElseThrow());
        assertEquals(1, add.parts().size(), "only the poster lacking Drama changes");
        assertEquals(Set.of(2L), add.posters());

        vm.showTargets(List.of(new LabelState(1, Set.of("Drama"), LabelSource.CURATOR, Map.of()),
                new LabelState(2, Set.of("Drama", "Comedy"), LabelSource.CURATOR, Map.of())));
        assertEquals(GenreRow.Coverage.ALL, vm.rows().get(2).draft());
        vm.toggle("Drama");
        LabelEdit.Compound remove = assertInstanceOf(LabelEdit.Compound.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of(1L, 2L), remove.posters());
        assertEquals(Set.of("Comedy"), ((LabelEdit.Genres) remove.parts().get(1)).after());
    }

    @Test
    void anUnconfirmedPostersDraftStartsFromItsSuggestionsAConfirmedOnesFromItsLabels() {
        vm.showTargets(List.of(new LabelState(4, Set.of(), LabelSource.CURATOR, Map.of("Action", 0.9, "Comedy", 0.1))));
        assertEquals(GenreRow.State.NEW, vm.rows().get(0).state(), "a suggestion is ticked, shown unsaved");
        vm.toggle("Action");
        assertEquals(GenreRow.State.SUGGESTED, vm.rows().get(0).state(), "unticked, still shown as suggested");
        assertTrue(vm.confirmDraft().isEmpty());

        vm.showTargets(List.of(new LabelState(5, Set.of("Drama"), LabelSource.CURATOR, Map.of("Action", 0.9))));
        assertEquals(GenreRow.State.SUGGESTED, vm.rows().get(0).state(), "a saved poster keeps its labels");
        assertTrue(vm.confirmDraft().isEmpty());
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
        LabelEdit.Genres accept = assertInstanceOf(LabelEdit.Genres.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of("Action"), accept.after());

        thresholds.threshold("Horror").set(0.5);
        assertEquals(Set.of("Action", "Horror"), ((LabelEdit.Genres) vm.confirmDraft().orElseThrow()).after(),
                "a lowered threshold applies at once");
    }

    @Test
    void aLivePredictionCoversEveryGenreAndDrivesAccept() {
        vm.targets().setAll(new LabelState(5, Set.of(), LabelSource.CURATOR, Map.of("Drama", 0.7)));
        vm.putPrediction(5, Map.of("Drama", 0.7, "Horror", 0.8, "Action", 0.1, "Comedy", 0.2), Map.of());
        assertEquals(0.1, vm.rows().get(0).confidence());
        assertEquals(Set.of("Drama", "Horror"), ((LabelEdit.Genres) vm.confirmDraft().orElseThrow()).after());
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
        assertEquals(Set.of("Drama"), ((LabelEdit.Genres) vm.confirmDraft().orElseThrow()).after());

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
        LabelEdit.Compound accept = assertInstanceOf(LabelEdit.Compound.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of(11L), accept.posters(), "the legacy poster's Drama 0.4 stays under the all-era 0.6");
        assertEquals(Set.of("Drama", "Horror"), ((LabelEdit.Genres) accept.parts().getFirst()).after());

        thresholds.threshold("Drama").set(0.9);  // the curator's change scales the stored threshold too: 0.45
        var after = assertInstanceOf(LabelEdit.Compound.class, vm.confirmDraft().orElseThrow());
        assertEquals(Set.of("Horror"), ((LabelEdit.Genres) after.parts().getFirst()).after());
    }

    @Test
    void nothingToAcceptGivesNoEdit() {
        vm.targets().setAll(new LabelState(3, Set.of("Action"), LabelSource.CURATOR, Map.of("Action", 0.9)));
        assertTrue(vm.confirmDraft().isEmpty());
    }

    @Test
    void yearFieldAcceptsYearsAndRejectsTheRest() {
        assertEquals(1957, ReviewViewModel.parseYear(" 1957 "));
        assertEquals(null, ReviewViewModel.parseYear(""));
        assertThrows(IllegalArgumentException.class, () -> ReviewViewModel.parseYear("1950s"));
        assertThrows(IllegalArgumentException.class, () -> ReviewViewModel.parseYear("1700"));
    }

    @Test
    void newHeadsKeepTheThresholdsTheCuratorMovedAndBringTheirOwnForTheRest() {
        thresholds.setAll(Map.of("Drama", 0.6, "Horror", 0.5), 0.25);
        thresholds.threshold("Horror").set(0.72);
        thresholds.band().set(0.1);
        thresholds.setAll(Map.of("Drama", 0.4, "Horror", 0.3, "Comedy", 0.45), 0.3);
        assertEquals(0.4, thresholds.threshold("Drama").get(), 1e-12, "untouched: the new heads' threshold");
        assertEquals(0.72, thresholds.threshold("Horror").get(), 1e-12, "moved by the curator: his stays");
        assertEquals(0.1, thresholds.band().get(), 1e-12);
        assertEquals(Set.of("Horror"), thresholds.tuned());
        assertEquals(0.3, thresholds.trained("Horror"), 1e-12);
        assertTrue(thresholds.isTrained("Comedy") && !thresholds.isTrained("Action"));

        thresholds.resetToTrained();
        assertEquals(0.3, thresholds.threshold("Horror").get(), 1e-12);
        assertEquals(0.3, thresholds.band().get(), 1e-12);
        assertEquals(Set.of(), thresholds.tuned());
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
