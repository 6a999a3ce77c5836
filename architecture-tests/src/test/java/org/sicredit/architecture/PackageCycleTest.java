package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.packagesAreFreeOfCycles;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class PackageCycleTest {

    @ArchTest
    static final ArchRule no_package_cycles = packagesAreFreeOfCycles(ROOT);

    @Test
    void reports_two_packages_that_know_each_other() {
        String fixture = "cycle";

        assertThat(Proof.violations(packagesAreFreeOfCycles(Proof.root(fixture)), fixture)).containsExactly(
                "Cycle detected: package domain.policy -> package domain.record -> package domain.policy "
                        + "1. Dependencies of package domain.policy "
                        + "- Field <org.sicredit.architecture.fixtures.cycle.domain.policy.SeverityPolicy.record> has type "
                        + "<org.sicredit.architecture.fixtures.cycle.domain.record.DishonestyRecord> in (SeverityPolicy.java:0) "
                        + "2. Dependencies of package domain.record "
                        + "- Field <org.sicredit.architecture.fixtures.cycle.domain.record.DishonestyRecord.policy> has type "
                        + "<org.sicredit.architecture.fixtures.cycle.domain.policy.SeverityPolicy> in (DishonestyRecord.java:0)");
    }
}
