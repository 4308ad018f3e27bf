package app.affiche.catalogue;

/** {@link CuratorThresholdsTest} on a real PostgreSQL server. */
class PgCuratorThresholdsTest extends CuratorThresholdsTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
