package app.affiche.catalogue;

/** {@link CsvExportImportTest} on a real PostgreSQL server. */
class PgCsvExportImportTest extends CsvExportImportTest {
    @Override
    boolean postgresql() {
        return true;
    }
}
