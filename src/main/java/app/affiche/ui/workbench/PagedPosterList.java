package app.affiche.ui.workbench;

import app.affiche.ui.common.LruCache;
import javafx.collections.ObservableListBase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The grid's items: a list as long as the filtered catalogue whose slots fill in a page at a time, loaded in the
 * background when the grid first asks for one of their positions. Only the pages near what was shown stay in
 * memory. Used from the JavaFX thread only; {@code background} and {@code ui} are injectable for tests.
 */
public final class PagedPosterList extends ObservableListBase<PosterSlot> {
    public static final int PAGE = 100;
    private final PosterSource source;
    private final Executor background;
    private final Executor ui;
    private final LruCache<Integer, List<PosterCard>> pages = new LruCache<>(60);
    private final Map<Integer, PosterSlot> slots = new HashMap<>();
    private final Set<Integer> inFlight = new HashSet<>();
    private int size;
    private int pageLoads;
    private boolean readAhead = true;
    /** Pages read ahead of the grid, not yet filled. */
    private final Set<Integer> ahead = new HashSet<>();
    private java.util.function.Consumer<List<PosterCard>> onReadAhead = cards -> { };

    public PagedPosterList(PosterSource source, Executor background, Executor ui) {
        this.source = source;
        this.background = background;
        this.ui = ui;
        this.size = source.size();
    }

    @Override
    public PosterSlot get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        PosterSlot slot = slots.computeIfAbsent(index, PosterSlot::new);
        if (slot.card().get() == null) {
            int page = index / PAGE;
            List<PosterCard> cards = pages.get(page);
            if (cards != null && index % PAGE < cards.size()) slot.setCard(cards.get(index % PAGE));
            else request(page);
        }
        if (readAhead) readAhead(index / PAGE);
        if (slots.size() > PAGE * 80) trimSlots(index);
        return slot;
    }

    @Override
    public int size() {
        return size;
    }

    public PosterSource source() {
        return source;
    }

    /** Turns reading one page ahead off (tests count page reads exactly). */
    void readAhead(boolean on) {
        readAhead = on;
    }

    /** Told each page read ahead of the grid, when it arrives (FX thread): its thumbnails can be decoded ahead too. */
    public void onReadAhead(java.util.function.Consumer<List<PosterCard>> listener) {
        onReadAhead = listener;
    }

    /** How many pages were read from the catalogue (for the scrolling benchmark). */
    public int pageLoads() {
        return pageLoads;
    }

    /** Replaces one poster's card wherever it is shown (after an edit). */
    public void replace(PosterCard card) {
        for (PosterSlot slot : slots.values()) {
            PosterCard old = slot.card().get();
            // an unchanged card is left alone: its tile would be redrawn for nothing
            if (old != null && old.id() == card.id() && !old.equals(card)) slot.setCard(card);
        }
    }

    /** Extends the list to {@code newSize} (posters a batch appended); the last partial page is read again. */
    public void grow(int newSize) {
        if (newSize <= size) return;
        int oldSize = size;
        pages.remove(oldSize / PAGE);
        beginChange();
        size = newSize;
        nextAdd(oldSize, newSize);
        endChange();
    }

    /** Puts a page read ahead of the grid in, as if the list had read it (FX thread). */
    void seed(int page, List<PosterCard> cards) {
        fill(page, cards);
    }

    private void request(int page) {
        if (!inFlight.add(page)) return;
        background.execute(() -> {
            List<PosterCard> cards;
            try {
                if (pageLoads == 0) app.affiche.poster.StartupTrace.mark("grid: reading page " + page);
                cards = source.page(page * PAGE, PAGE);
                if (pageLoads == 0) app.affiche.poster.StartupTrace.mark("grid: page " + page + " read");
            } finally {
                ui.execute(() -> inFlight.remove(page));
            }
            ui.execute(() -> fill(page, cards));
        });
    }

    private void fill(int page, List<PosterCard> cards) {
        if (pageLoads == 0) app.affiche.poster.StartupTrace.mark("grid: filling page " + page);
        pageLoads++;
        pages.put(page, cards);
        boolean wasAhead = ahead.remove(page);
        if (!wasAhead && readAhead) readAhead(page);
        for (int i = 0; i < cards.size(); i++) {
            PosterSlot slot = slots.get(page * PAGE + i);
            if (slot != null) slot.setCard(cards.get(i));
        }
        if (wasAhead) onReadAhead.accept(cards);
    }

    /**
     * Reads the page after {@code page} unless it is there or on its way: scrolling down then finds its cards (and,
     * through {@link #onReadAhead}, their thumbnails) waiting. Only from a page the grid shows: a page read ahead
     * reading the next itself went on through the whole catalogue.
     */
    private void readAhead(int page) {
        int next = page + 1;
        if (next * PAGE >= size || inFlight.contains(next) || pages.get(next) != null) return;
        ahead.add(next);
        request(next);
    }

    /** Forgets slots far from where the user is looking; cells hold their own reference while shown. */
    private void trimSlots(int around) {
        slots.keySet().removeIf(i -> Math.abs(i - around) > PAGE * 20);
    }
}
