package app.affiche.catalogue;

/** {@link PaletteStatsTest} on a real PostgreSQL server. */
class PgPaletteStatsTest extends PaletteStatsTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
