package app.affiche;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way (ui/cli -> pipeline -> capabilities -> poster) and nothing below ui imports JavaFX. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.affiche");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("app.affiche.(*)..").should().beFreeOfCycles().check(classes);
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
