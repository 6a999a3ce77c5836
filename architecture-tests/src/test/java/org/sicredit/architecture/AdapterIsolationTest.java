package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.adaptersDoNotDependOnEachOther;
import static org.sicredit.architecture.HexagonalArchitecture.adaptersDoNotDependOnTheApp;
import static org.sicredit.architecture.HexagonalArchitecture.fileAndHttpAdaptersKeepTheirSidesApart;
import static org.sicredit.architecture.HexagonalArchitecture.nothingOutsideTheStarterUsesSpring;
import static org.sicredit.architecture.HexagonalArchitecture.onlyTheAppDependsOnMoreThanOneAdapter;
import static org.sicredit.architecture.HexagonalArchitecture.thePlatformClientNeedsNoServer;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class AdapterIsolationTest {

    @ArchTest
    static final ArchRule no_adapter_depends_on_another_adapter = adaptersDoNotDependOnEachOther(ROOT);

    @ArchTest
    static final ArchRule no_adapter_depends_on_app = adaptersDoNotDependOnTheApp(ROOT);

    @ArchTest
    static final ArchRule file_and_http_adapters_keep_their_sides_apart = fileAndHttpAdaptersKeepTheirSidesApart(ROOT);

    @Test
    void reports_an_http_class_that_is_neither_in_in_nor_in_out() {
        String fixture = "sidesbreak";

        assertThat(Proof.violations(fileAndHttpAdaptersKeepTheirSidesApart(Proof.root(fixture)), fixture))
                .singleElement().asString()
                .startsWith("Class <org.sicredit.architecture.fixtures.sidesbreak.adapters.http.PlatformClient> does "
                        + "not reside in any package");
    }

    @ArchTest
    static final ArchRule the_platform_client_needs_no_server = thePlatformClientNeedsNoServer(ROOT);

    @Test
    void reports_a_platform_client_that_reaches_for_the_server() {
        String fixture = "serverbreak";

        assertThat(Proof.violations(thePlatformClientNeedsNoServer(Proof.root(fixture)), fixture))
                .singleElement().asString()
                .startsWith("Field <org.sicredit.architecture.fixtures.serverbreak.adapters.http.out.PlatformClient"
                        + ".server> has type <org.sicredit.architecture.fixtures.serverbreak.adapters.http.in.ApiServer>");
    }

    @ArchTest
    static final ArchRule nothing_but_app_depends_on_more_than_one_adapter = onlyTheAppDependsOnMoreThanOneAdapter(ROOT);

    @Test
    void reports_an_adapter_that_uses_another_adapter() {
        String fixture = "adapterbreak";

        assertThat(Proof.violations(adaptersDoNotDependOnEachOther(Proof.root(fixture)), fixture)).containsExactly(
                "adapter jdbc depends on adapter file: Field <org.sicredit.architecture.fixtures.adapterbreak.adapters.jdbc.JdbcRecordStore.row> has type "
                        + "<org.sicredit.architecture.fixtures.adapterbreak.adapters.file.CsvRow> in (JdbcRecordStore.java:0)");
    }

    @Test
    void reports_an_adapter_that_uses_the_composition_root() {
        String fixture = "adapterbreak";

        assertThat(Proof.violations(adaptersDoNotDependOnTheApp(Proof.root(fixture)), fixture)).containsExactly(
                "Field <org.sicredit.architecture.fixtures.adapterbreak.adapters.http.RecordController.settings> has "
                        + "type <org.sicredit.architecture.fixtures.adapterbreak.app.Settings> in (RecordController.java:0)");
    }

    @Test
    void reports_a_class_outside_app_that_joins_two_adapters_and_lets_app_do_it() {
        String fixture = "multiadapter";

        assertThat(Proof.violations(onlyTheAppDependsOnMoreThanOneAdapter(Proof.root(fixture)), fixture))
                .containsExactly("org.sicredit.architecture.fixtures.multiadapter.support.Importer "
                        + "depends on the adapters [file, jdbc]");
    }

    @ArchTest
    static final ArchRule nothing_outside_the_starter_uses_spring = nothingOutsideTheStarterUsesSpring(ROOT,
            "org.springframework..");

    @Test
    void reports_an_adapter_that_imports_the_framework_and_an_app_that_uses_the_starter() {
        String fixture = "springbreak";

        assertThat(Proof.violations(nothingOutsideTheStarterUsesSpring(Proof.root(fixture),
                Proof.root(fixture) + ".framework.."), fixture)).containsExactlyInAnyOrder(
                "Field <org.sicredit.architecture.fixtures.springbreak.adapters.jdbc.SpringRecordStore.template> has "
                        + "type <org.sicredit.architecture.fixtures.springbreak.framework.JdbcTemplate> in "
                        + "(SpringRecordStore.java:0)",
                "Field <org.sicredit.architecture.fixtures.springbreak.app.Main.starter> has type "
                        + "<org.sicredit.architecture.fixtures.springbreak.spring.SicreditAutoConfiguration> in "
                        + "(Main.java:0)");
    }
}
