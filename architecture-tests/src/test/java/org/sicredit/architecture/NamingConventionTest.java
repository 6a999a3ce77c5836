package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.portInHoldsOnlyUseCases;
import static org.sicredit.architecture.HexagonalArchitecture.portOutHoldsOnlyPorts;
import static org.sicredit.architecture.HexagonalArchitecture.portsAreInterfacesInPortOut;
import static org.sicredit.architecture.HexagonalArchitecture.servicesArePackagePrivateInApplicationService;
import static org.sicredit.architecture.HexagonalArchitecture.useCasesAreInterfacesInPortIn;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class NamingConventionTest {

    private static final String BREAK = "naming";
    private static final String FIXTURE = "org.sicredit.architecture.fixtures.naming.";

    @ArchTest
    static final ArchRule use_cases_are_interfaces_in_port_in = useCasesAreInterfacesInPortIn(ROOT);

    @ArchTest
    static final ArchRule port_in_holds_only_use_cases = portInHoldsOnlyUseCases(ROOT);

    @ArchTest
    static final ArchRule ports_are_interfaces_in_port_out = portsAreInterfacesInPortOut(ROOT);

    @ArchTest
    static final ArchRule port_out_holds_only_ports = portOutHoldsOnlyPorts(ROOT);

    @ArchTest
    static final ArchRule services_are_package_private_in_application_service =
            servicesArePackagePrivateInApplicationService(ROOT);

    @Test
    void reports_a_use_case_outside_port_in() {
        assertThat(Proof.violations(useCasesAreInterfacesInPortIn(Proof.root(BREAK)), BREAK)).containsExactly(
                "Class <" + FIXTURE + "adapters.jdbc.CollectSubmissionUseCase> does not reside in a package '"
                        + FIXTURE + "application.port.in' in (CollectSubmissionUseCase.java:0)");
    }

    @Test
    void reports_a_use_case_not_named_as_one() {
        assertThat(Proof.violations(portInHoldsOnlyUseCases(Proof.root(BREAK)), BREAK)).containsExactly(
                "Class <" + FIXTURE + "application.port.in.ReportMonth> does not have simple name ending with "
                        + "'UseCase' in (ReportMonth.java:0)");
    }

    @Test
    void reports_a_port_outside_port_out_and_a_port_that_is_a_class() {
        assertThat(Proof.violations(portsAreInterfacesInPortOut(Proof.root(BREAK)), BREAK)).containsExactlyInAnyOrder(
                "Class <" + FIXTURE + "adapters.jdbc.RecordStorePort> does not reside in a package '" + FIXTURE
                        + "application.port.out' in (RecordStorePort.java:0)",
                "Class <" + FIXTURE + "application.port.out.PlatformGatewayPort> is no interface in "
                        + "(PlatformGatewayPort.java:0)");
    }

    @Test
    void reports_a_class_in_port_out_that_is_not_a_port_interface() {
        assertThat(Proof.violations(portOutHoldsOnlyPorts(Proof.root(BREAK)), BREAK)).containsExactly(
                "Class <" + FIXTURE + "application.port.out.PlatformGatewayPort> is no interface in "
                        + "(PlatformGatewayPort.java:0)");
    }

    @Test
    void reports_a_public_service_and_a_service_outside_application_service() {
        assertThat(Proof.violations(servicesArePackagePrivateInApplicationService(Proof.root(BREAK)), BREAK))
                .containsExactlyInAnyOrder(
                        "Class <" + FIXTURE + "application.service.ReportMonthService> has modifier PUBLIC in "
                                + "(ReportMonthService.java:0)",
                        "Class <" + FIXTURE + "adapters.jdbc.StatisticsService> does not reside in a package '"
                                + FIXTURE + "application.service' in (StatisticsService.java:0)");
    }

    @Test
    void every_naming_rule_says_why_and_where_the_readme_explains_it() {
        for (ArchRule rule : java.util.List.of(useCasesAreInterfacesInPortIn(ROOT), portInHoldsOnlyUseCases(ROOT),
                portsAreInterfacesInPortOut(ROOT), portOutHoldsOnlyPorts(ROOT),
                servicesArePackagePrivateInApplicationService(ROOT))) {
            assertThat(rule.getDescription()).contains("because README.md, 'The hexagon's rules'");
        }
    }
}
