package org.sicredit.spring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's side of the boundary (architecture-tests checks the other: nothing outside the starter uses Spring,
 * and keeps Spring off its own classpath, so it cannot import the starter): a composition root beside the program,
 * never on top of it, reaching the core only through its public doors.
 */
class StarterBoundaryTest {

    private final JavaClasses starter = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.sicredit.spring");

    @Test
    void the_starter_is_imported_whole() {
        assertThat(starter.stream().map(javaClass -> javaClass.getSimpleName()))
                .contains("SicreditAutoConfiguration", "SicreditProperties", "SpringTransactions");
    }

    @Test
    void the_starter_does_not_depend_on_the_program() {
        rule(noClasses().should().dependOnClassesThat().resideInAPackage("org.sicredit.app.."));
    }

    @Test
    void the_starter_uses_no_application_service_directly_only_the_sicredit_facade_and_the_ports() {
        rule(noClasses().should().dependOnClassesThat().resideInAPackage("org.sicredit.application.service.."));
    }

    private void rule(ArchRule rule) {
        rule.check(starter);
    }
}
