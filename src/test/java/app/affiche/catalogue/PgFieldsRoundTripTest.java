package app.affiche.catalogue;

/** {@link FieldsRoundTripTest} on a real PostgreSQL server. */
class PgFieldsRoundTripTest extends FieldsRoundTripTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
