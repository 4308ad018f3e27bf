package app.affiche.catalogue;

/** {@link PosterRemovalTest} on a real PostgreSQL server. */
class PgPosterRemovalTest extends PosterRemovalTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
