package org.sicredit.adapters.jdbc;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.AmountKind;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.policy.Measure;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordEvent;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * What is stored does not change when the policy changes (issue 10 §4): records stored under 沪人社规〔2018〕30号 are
 * read back with the category text, citation and classification they were decided under — by stores opened on a
 * book whose Measure for the same dates was edited, and by stores opened on a book with no Measure at all.
 */
class StoredLawTest {

    @Test
    void on_h2_records_read_under_an_edited_policy_are_unchanged() {
        DataSource h2 = DataSources.inMemoryH2("stored-law");
        storedUnchanged(h2, JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook()));
    }

    @Test
    void on_postgresql_records_read_under_an_edited_policy_are_unchanged() {
        storedUnchanged(TestDatabases.postgresDataSource(), TestDatabases.postgres());
    }

    @Test
    void on_h2_a_measure_with_a_seventh_category_stores_its_records() {
        DataSource h2 = DataSources.inMemoryH2("seventh-category");
        seventhCategoryStored(JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook()));
    }

    @Test
    void on_postgresql_a_measure_with_a_seventh_category_stores_its_records() {
        seventhCategoryStored(TestDatabases.postgres());
    }

    private static void seventhCategoryStored(JdbcStores stores) {
        Measure base = Policies.HU_RENSHE_GUI_2018_30;
        Measure withSeventh = new Measure("seven", base.title(), base.citation(), base.effectiveFrom(),
                base.effectiveUntil(), base.categories().append(new Category(7, "未按规定办理社会保险登记",
                "Not registered for social insurance as required", HashSet.of(SubjectKind.ORGANISATION),
                AmountKind.NONE, false, base.article("第五条第（七）项"))), base.severityRules(),
                base.sanctionMeasures(), base.duties(), true);
        DishonestyRecord seventh = aRecord().category(7).amount(null).documentNumber("SEVEN-1")
                .under(PolicyBook.of(withSeventh)).build();

        stores.transactions().inTransaction(() -> stores.records().saveAll(List.of(new Save(seventh, 0)))).get();

        assertThat(stores.records().findById(seventh.id()).get().content().category().nameZh())
                .isEqualTo("未按规定办理社会保险登记");
    }

    private static void storedUnchanged(DataSource dataSource, JdbcStores original) {
        DishonestyRecord serious = aRecord().fraudOf("15000.00").documentNumber("LAW-1")
                .reportedOn(LocalDate.of(2019, 4, 10)).build();
        DishonestyRecord corrected = aRecord().documentNumber("LAW-2").build()
                .correct(aRecord().documentNumber("LAW-2").category(2).serious().draft(), io.vavr.control.Option.none(),
                        Policies.defaultBook(), List.empty(), BUREAU_OFFICER, Clocks.on(2019, 4, 3)).get().record();
        original.transactions().inTransaction(() -> original.records().saveAll(List.of(new Save(serious, 0),
                new Save(corrected, 0))));
        PolicyBook edited = PolicyBook.of(Policies.continuationOf2018Rules("edited", "编辑后的办法", "编辑〔2024〕1号",
                LocalDate.of(2018, 8, 1), LocalDate.of(2023, 7, 31), new BigDecimal("50000.00")));
        PolicyBook noMeasure = new PolicyBook(List.of(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS), List.empty());

        for (PolicyBook book : List.of(edited, noMeasure)) {
            JdbcStores reopened = JdbcStores.migrate(dataSource, TestDatabases.KEYS, book);
            DishonestyRecord readSerious = reopened.records().findById(serious.id()).get();
            DishonestyRecord readCorrected = reopened.records().findById(corrected.id()).get();

            assertThat(readSerious.content()).isEqualTo(serious.content());
            assertThat(readSerious.content().category().legalBasis()).isEqualTo("沪人社规〔2018〕30号 第五条第（四）项");
            assertThat(readSerious.classification()).isEqualTo(serious.classification());
            assertThat(readSerious.classification().legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（二）项");
            assertThat(readCorrected.content().category()).isEqualTo(corrected.content().category());
            assertThat(readCorrected.history().map(RecordEvent.class::cast)).isEqualTo(corrected.history());
            assertThat(((RecordEvent.RecordCorrected) readCorrected.history().last()).previous().category()
                    .nameZh()).isEqualTo("单位未按时足额缴纳社会保险费，被依法作出行政处罚决定");
        }
    }
}
