package app.affiche.catalogue;

/** {@link CatalogueTest} on a real PostgreSQL server. */
class PgCatalogueTest extends CatalogueTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
