package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.SubjectDraft;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * V13 on a database stored before it: organisation records keyed by the raw code, under either form, some of them the
 * same act stored twice (issue 12, medium 5). The migration must run, rekey every record, lose none, and leave one of
 * each pair of twins found by both forms of the code. (V13 is replayed alone, out of order, on rows set back to how it
 * found them; the later migrations stay applied.)
 */
class OneOrganisationMigrationTest {

    private static final String CREDIT_CODE = "9131000013221158XC";
    private static final String ORGANISATION_CODE = "13221158X";

    @Test
    void h2_rekeys_records_stored_under_either_form_of_the_code_and_keeps_both_of_a_pair_of_twins() {
        DataSource h2 = DataSources.inMemoryH2("v13-" + System.nanoTime());
        rekeysLegacyOrganisationRecords(h2, JdbcStores.MIGRATIONS);
    }

    @Test
    void postgresql_rekeys_records_stored_under_either_form_of_the_code_and_keeps_both_of_a_pair_of_twins() {
        try (com.zaxxer.hikari.HikariDataSource postgres = TestDatabases.freshPostgres()) {
            rekeysLegacyOrganisationRecords(postgres, JdbcStores.MIGRATIONS, JdbcStores.POSTGRESQL_MIGRATIONS);
        }
    }

    private static void rekeysLegacyOrganisationRecords(DataSource database, String... locations) {
        JdbcStores stores = JdbcStores.migrate(database, TestDatabases.KEYS, Policies.defaultBook());
        DishonestyRecord underCredit = organisationRecord("9131000013221158XC", "LEGACY-1");
        DishonestyRecord underCode = organisationRecord("13221158-X", "LEGACY-2");
        DishonestyRecord twinUnderCredit = organisationRecord("9131000013221158XC", "LEGACY-3");
        DishonestyRecord twinUnderCode = organisationRecord("13221158-X", "LEGACY-3-TWIN");
        stores.records().saveAll(List.of(underCredit, underCode, twinUnderCredit, twinUnderCode).map(Save::created))
                .get();
        asBeforeVersion13(database, underCredit.id(), CREDIT_CODE);
        asBeforeVersion13(database, twinUnderCredit.id(), CREDIT_CODE);
        asBeforeVersion13(database, underCode.id(), ORGANISATION_CODE);
        asBeforeVersion13(database, twinUnderCode.id(), ORGANISATION_CODE);
        TestDatabases.execute(database, "UPDATE dishonesty_record SET document_number = 'LEGACY-3' WHERE id = '"
                + twinUnderCode.id() + "'");
        TestDatabases.execute(database, "DELETE FROM sicredit_schema_history WHERE \"version\" = '13'");
        Flyway.configure().dataSource(database).table(JdbcStores.HISTORY_TABLE).outOfOrder(true)
                .locations(locations).callbacks(new OneIdentityTwins()).load().migrate();

        JdbcStores migrated = JdbcStores.migrate(database, TestDatabases.KEYS, Policies.defaultBook());

        for (String asked : java.util.List.of("13221158-X", CREDIT_CODE)) {
            assertThat(migrated.records().findBySubject(OrganisationIdentifier.parse(asked).get())
                    .map(DishonestyRecord::id)).as(asked)
                    .containsExactlyInAnyOrder(underCredit.id(), underCode.id(), twinUnderCode.id());
        }
        assertThat(migrated.records().findById(twinUnderCredit.id())).as("the leftover twin is kept").isNotEmpty();
    }

    private static DishonestyRecord organisationRecord(String code, String documentNumber) {
        return aRecord().of(SubjectDraft.organisation("上海示例贸易有限公司", code, "张三", "11010519491231002X"))
                .documentNumber(documentNumber).build();
    }

    private static void asBeforeVersion13(DataSource database, RecordId id, String rawCode) {
        TestDatabases.execute(database, "UPDATE dishonesty_record SET subject_key = '" + rawCode + "' WHERE id = '"
                + id + "'");
    }
}
