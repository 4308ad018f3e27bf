package app.affiche.catalogue;

import app.affiche.poster.CatalogueLocation;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells a workbench within a second which posters others changed on a shared catalogue: every label, title, year
 * or field write sends the poster ids on {@value #CHANNEL} when it commits ({@link PosterVersions}), a tagging run
 * those of each chunk of model suggestions ({@link ModelNotices}), and this
 * listens on a connection of its own, off the JavaFX thread. After a lost connection it connects again and reports
 * "anything may have changed" (an empty set), since notifications sent meanwhile are gone.
 */
public final class PosterChangeFeed implements AutoCloseable {
    static final String CHANNEL = "affiche_posters";
    /** A payload this long or more (NOTIFY allows ~8000 bytes) says "many posters": reload them all. */
    static final int MAX_PAYLOAD = 7000;
    private static final int WAIT_MS = 250;
    private final CatalogueLocation location;
    private final Consumer<Set<Long>> listener;
    private final Thread thread;
    private volatile boolean closed;

    PosterChangeFeed(CatalogueLocation location, Consumer<Set<Long>> listener) {
        this.location = location;
        this.listener = listener;
        this.thread = Thread.ofPlatform().name("poster-changes").daemon().start(this::listen);
    }

    private void listen() {
        boolean again = false;
        while (!closed) {
            try (Connection c = PgConnect.connect(location)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (again) listener.accept(Set.of()); // what was sent while we were away is lost: reload it all
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(WAIT_MS);
                    if (got == null || got.length == 0) continue; // an empty array when the wait ran out
                    Set<Long> ids = new HashSet<>();
                    boolean all = false;
                    for (PGNotification n : got) all |= parse(n.getParameter(), ids);
                    listener.accept(all ? Set.of() : ids);
                }
            } catch (SQLException | CatalogueException e) {
                again = true;
                sleepQuietly();
            }
        }
    }

    /** Adds the payload's ids; true when it stands for "many posters". */
    static boolean parse(String payload, Set<Long> into) {
        if (payload == null || payload.equals("*")) return true;
        for (String id : payload.split(",")) {
            if (!id.isBlank()) into.add(Long.parseLong(id.strip()));
        }
        return false;
    }

    /** The payload for these posters: their ids, or "*" when there are too many for one notification. */
    static String payload(Iterable<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (long id : ids) {
            if (!b.isEmpty()) b.append(',');
            b.append(id);
            if (b.length() >= MAX_PAYLOAD) return "*";
        }
        return b.toString();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
