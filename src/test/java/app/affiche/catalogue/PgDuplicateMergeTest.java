package app.affiche.catalogue;

/** {@link DuplicateMergeTest} on a real PostgreSQL server. */
class PgDuplicateMergeTest extends DuplicateMergeTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
