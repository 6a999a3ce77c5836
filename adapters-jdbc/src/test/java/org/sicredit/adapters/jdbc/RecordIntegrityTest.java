package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectDraft;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A row refiled under another person's blind index is refused when read — never shown as that person's record — on
 * H2 and PostgreSQL.
 */
class RecordIntegrityTest {

    private static final String OWNER = "440524188001010014";
    private static final String STRANGER = "11010519491231002X";

    @Test
    void on_h2_a_record_refiled_under_another_persons_index_is_refused_not_shown_as_theirs() {
        DataSource h2 = DataSources.inMemoryH2("integrity-" + System.nanoTime());
        refiledRecordIsRefused(JdbcStores.migrate(h2, TestDatabases.KEYS,
                org.sicredit.domain.policy.Policies.defaultBook()), h2);
    }

    @Test
    void on_postgresql_a_record_refiled_under_another_persons_index_is_refused_not_shown_as_theirs() {
        refiledRecordIsRefused(TestDatabases.postgres(), TestDatabases.postgresDataSource());
    }

    @Test
    void on_postgresql_a_legal_representative_refiled_under_another_index_is_refused() {
        JdbcStores stores = TestDatabases.postgres();
        DishonestyRecord organisation = aRecord().documentNumber("INT-ORG").build();
        stores.records().saveAll(List.of(Save.created(organisation))).get();
        TestDatabases.execute(TestDatabases.postgresDataSource(), "UPDATE dishonesty_record SET legal_rep_id_index = '"
                + TestDatabases.KEYS.blindIndex(OWNER) + "' WHERE id = '" + organisation.id() + "'");

        assertThatThrownBy(() -> stores.records().findById(organisation.id()))
                .isInstanceOf(StoredRecordIntegrityException.class)
                .hasMessageContaining("legal representative").hasMessageNotContaining("11010519491231002X");
    }

    private static void refiledRecordIsRefused(JdbcStores stores, DataSource database) {
        DishonestyRecord owners = aRecord().documentNumber("INT-1")
                .of(SubjectDraft.individual("李四", OWNER)).category(4).amount(null).build();
        stores.records().saveAll(List.of(Save.created(owners))).get();
        TestDatabases.execute(database, "UPDATE dishonesty_record SET subject_key = 'h:"
                + TestDatabases.KEYS.blindIndex(STRANGER) + "' WHERE id = '" + owners.id() + "'");

        assertThatThrownBy(() -> stores.records().findBySubject(
                ResidentIdNumber.parse(STRANGER, Clocks.on(2020, 1, 1)).get()))
                .isInstanceOf(StoredRecordIntegrityException.class)
                .hasMessageContaining(owners.id().toString())
                .hasMessageNotContaining(OWNER).hasMessageNotContaining(STRANGER);
        assertThat(stores.records().findBySubject(ResidentIdNumber.parse(OWNER, Clocks.on(2020, 1, 1)).get()))
                .as("filed under the stranger now, so not found under its owner either").isEmpty();
    }
}
