package org.sicredit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules see every module they name, and none of the fixtures that break them on purpose. */
class ProductionClasspathTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(new OnlyProductionCode())
            .importPackages(HexagonalArchitecture.ROOT);

    @Test
    void every_package_the_rules_name_is_imported() {
        assertThat(production.getPackage(HexagonalArchitecture.ROOT).getSubpackagesInTree().stream()
                .map(JavaPackage::getName).collect(Collectors.toSet()))
                .contains("org.sicredit.domain", "org.sicredit.application", "org.sicredit.application.port.in",
                        "org.sicredit.application.port.out", "org.sicredit.application.service",
                        "org.sicredit.adapters.jdbc", "org.sicredit.adapters.http", "org.sicredit.adapters.file",
                        "org.sicredit.app");
    }

    @Test
    void the_fixtures_that_break_the_rules_stay_out_of_the_production_import() {
        assertThat(production.stream().map(javaClass -> javaClass.getPackageName()))
                .noneMatch(name -> name.startsWith("org.sicredit.architecture.fixtures"));
    }
}
