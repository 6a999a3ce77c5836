package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.applicationUsesOnlyTheDomainValidationAndItself;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class ApplicationBoundaryTest {

    private static final String BREAK = "applicationbreak";

    @ArchTest
    static final ArchRule the_application_uses_only_the_domain_validation_and_itself =
            applicationUsesOnlyTheDomainValidationAndItself(ROOT);

    @Test
    void reports_an_application_service_that_uses_an_adapter() {
        assertThat(Proof.violations(applicationUsesOnlyTheDomainValidationAndItself(Proof.root(BREAK)), BREAK))
                .containsExactly("Field <org.sicredit.architecture.fixtures.applicationbreak.application.service"
                        + ".ReportService.client> has type <org.sicredit.architecture.fixtures.applicationbreak"
                        + ".adapters.http.PlatformClient> in (ReportService.java:0)");
    }

    @Test
    void fails_the_build_naming_the_rule() {
        assertThatThrownBy(() -> applicationUsesOnlyTheDomainValidationAndItself(Proof.root(BREAK))
                .check(Proof.classesOf(BREAK)))
                .hasMessageContaining("Rule 'the application uses only the domain, jakarta.validation and itself");
    }
}
