package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.domainUsesOnlyJavaVavrAndItself;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class DomainBoundaryTest {

    private static final String BREAK = "domainbreak";

    @ArchTest
    static final ArchRule the_domain_uses_only_java_vavr_and_itself = domainUsesOnlyJavaVavrAndItself(ROOT);

    @Test
    void reports_a_domain_class_that_uses_an_adapter() {
        assertThat(Proof.violations(domainUsesOnlyJavaVavrAndItself(Proof.root(BREAK)), BREAK)).containsExactly(
                "Field <org.sicredit.architecture.fixtures.domainbreak.domain.SeverityRule.row> has type "
                        + "<org.sicredit.architecture.fixtures.domainbreak.adapters.jdbc.RecordRow> in (SeverityRule.java:0)");
    }

    @Test
    void fails_the_build_naming_the_rule() {
        assertThatThrownBy(() -> domainUsesOnlyJavaVavrAndItself(Proof.root(BREAK)).check(Proof.classesOf(BREAK)))
                .hasMessageContaining("Rule 'the domain uses only Java, vavr and itself, because");
    }
}
