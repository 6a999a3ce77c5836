package org.sicredit.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.architecture.HexagonalArchitecture.ROOT;
import static org.sicredit.architecture.HexagonalArchitecture.portsAndViewsSpeakVavrCollections;

@AnalyzeClasses(packages = ROOT, importOptions = OnlyProductionCode.class)
class CollectionConventionTest {

    private static final String BREAK = "collectionbreak";

    @ArchTest
    static final ArchRule ports_and_views_speak_vavr_collections = portsAndViewsSpeakVavrCollections(ROOT);

    @Test
    void reports_a_view_that_answers_with_a_java_util_list_and_not_the_port_that_answers_with_vavr() {
        assertThat(Proof.violations(portsAndViewsSpeakVavrCollections(Proof.root(BREAK)), BREAK))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("RecordListView").contains("java.util.List"));
    }
}
