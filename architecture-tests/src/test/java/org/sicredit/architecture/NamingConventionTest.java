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
                FIXTURE + "adapters.jdbc.CollectSubmissionUseCase is not in " + FIXTURE + "application.port.in");
    }

    @Test
    void reports_a_use_case_not_named_as_one() {
        assertThat(Proof.violations(portInHoldsOnlyUseCases(Proof.root(BREAK)), BREAK)).containsExactly(
                FIXTURE + "application.port.in.ReportMonth is not an interface named XxxUseCase");
    }

    @Test
    void reports_a_port_outside_port_out_and_a_port_that_is_a_class() {
        assertThat(Proof.violations(portsAreInterfacesInPortOut(Proof.root(BREAK)), BREAK)).containsExactlyInAnyOrder(
                FIXTURE + "adapters.jdbc.RecordStorePort is not in " + FIXTURE + "application.port.out",
                FIXTURE + "application.port.out.PlatformGatewayPort is not an interface");
    }

    @Test
    void reports_a_class_in_port_out_that_is_not_a_port_interface() {
        assertThat(Proof.violations(portOutHoldsOnlyPorts(Proof.root(BREAK)), BREAK)).containsExactly(
                FIXTURE + "application.port.out.PlatformGatewayPort is not an interface named XxxPort");
    }

    @Test
    void reports_a_public_service_and_a_service_outside_application_service() {
        assertThat(Proof.violations(servicesArePackagePrivateInApplicationService(Proof.root(BREAK)), BREAK))
                .containsExactlyInAnyOrder(
                        FIXTURE + "application.service.ReportMonthService is public",
                        FIXTURE + "adapters.jdbc.StatisticsService is not in " + FIXTURE + "application.service");
    }
}
