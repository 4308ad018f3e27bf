package app.affiche;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way (ui/cli -> pipeline -> capabilities -> poster) and nothing below ui imports JavaFX. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.affiche");

    /**
     * One slice per top-level package, and one for the root package itself: {@code matching("app.affiche.(*)..")}
     * leaves the root out, which let Offline's cycle (root → cli → embedding → root) through.
     */
    private static final SliceAssignment TOP_LEVEL = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals("app.affiche")) return SliceIdentifier.of("app.affiche (root)");
            if (!pkg.startsWith("app.affiche.")) return SliceIdentifier.ignore();
            return SliceIdentifier.of("app.affiche." + pkg.substring("app.affiche.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the root package and each top-level package of app.affiche";
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL).should().beFreeOfCycles().check(classes);
    }

    @Test
    void aCycleThroughTheRootPackageFails() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ArchCycleFixture.class,
                app.affiche.archfixture.CycleBack.class);
        assertThrows(AssertionError.class, () -> slices().assignedFrom(TOP_LEVEL).should().beFreeOfCycles().check(fixture));
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.affiche.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void capabilitiesDoNotReachUp() {
        noClasses().that().resideInAnyPackage("app.affiche.imaging..", "app.affiche.palette..",
                        "app.affiche.embedding..", "app.affiche.heads..", "app.affiche.catalogue..",
                        "app.affiche.similar..", "app.affiche.poster..", "app.affiche.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("app.affiche.cli..", "app.affiche.ui..")
                .check(classes);
    }
}
