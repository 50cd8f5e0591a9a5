package cn.liulin.enforcement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shape of the code, checked on the compiled classes: features depend on each other
 * in one direction only, a report or an input kind plugs in without the code that runs it
 * knowing it, and collaborators come through constructors.
 */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.liulin.enforcement");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("cn.liulin.enforcement.(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * A report's package depends on {@code reports}, never the other way: the registry
     * finds definitions as beans, so that adding a report touches no shared file.
     */
    @Test
    void noPackageAndItsSubpackagesDependOnEachOther() {
        slices().matching("cn.liulin.enforcement.(**)").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The intake reads every kind the same way and holds no list of them; each kind's
     * package holds its rules.
     */
    @Test
    void theIntakeKnowsNoKindOfFile() {
        noClasses().that()
            .resideInAPackage("cn.liulin.enforcement.intake..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("cn.liulin.enforcement.submissions..", "cn.liulin.enforcement.supervision..",
                    "cn.liulin.enforcement.complaints..", "cn.liulin.enforcement.problems..")
            .check(CLASSES);
    }

    /**
     * A report's package is its own: the command line, the scheduler and the demo reach
     * it through the registry.
     */
    @Test
    void reportsAreReachedThroughTheRegistry() {
        noClasses().that()
            .resideOutsideOfPackage("cn.liulin.enforcement.reports..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cn.liulin.enforcement.reports.*..")
            .check(CLASSES);
    }

    /**
     * The console is a face on the job, not a part of it: the commands and the scheduler
     * work the same without it, and it reaches the job only through what they use.
     */
    @Test
    void nothingDependsOnTheConsole() {
        noClasses().that()
            .resideOutsideOfPackage("cn.liulin.enforcement.console..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cn.liulin.enforcement.console..")
            .check(CLASSES);
    }

    @Test
    void collaboratorsComeThroughConstructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
        noFields().should().beAnnotatedWith(Value.class).check(CLASSES);
    }

}
