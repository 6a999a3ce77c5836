package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.subject.SubjectDraft;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A database error leaves the adapter without the values of the row it refused: PostgreSQL quotes the whole failing
 * row (and COPY the line), H2 the values of the index entry — a name, a cause, a document number — and whatever the
 * embedder logs of the exception must not carry them (issue 12, medium 7).
 */
class DatabaseFailureTest {

    private static final String NAME = "欧阳娜娜";
    private static final String CAUSE = "被举报人王大锤拒不配合调查";
    private static final String DOCUMENT = "沪人社监罚〔2020〕第7788号";

    @Test
    void a_statement_h2_refuses_is_reported_by_sqlstate_and_constraint_without_the_row() {
        refusedWithoutValues(DataSources.inMemoryH2("failure-" + System.nanoTime()));
    }

    @Test
    void a_statement_postgresql_refuses_is_reported_by_sqlstate_and_constraint_without_the_row() {
        try (HikariDataSource postgres = TestDatabases.freshPostgres()) {
            refusedWithoutValues(postgres);
        }
    }

    private static void refusedWithoutValues(DataSource database) {
        JdbcStores stores = JdbcStores.migrate(database, TestDatabases.KEYS, Policies.defaultBook());
        TestDatabases.execute(database, "ALTER TABLE dishonesty_record ADD CONSTRAINT ck_test_refuses_every_row "
                + "CHECK (LENGTH(document_number) < 3)");
        DishonestyRecord record = aRecord().of(SubjectDraft.individual(NAME, "440524188001010014")).category(4)
                .amount(null).cause(CAUSE).documentNumber(DOCUMENT).build();

        Throwable refused = catchThrowable(() -> stores.records().saveAll(List.of(Save.created(record))));

        assertThat(refused).isInstanceOf(DatabaseFailureException.class).hasNoCause()
                .hasMessageContaining("ck_test_refuses_every_row");
        assertThat(((DatabaseFailureException) refused).sqlState()).as("a check violation: H2 23513, PostgreSQL 23514")
                .isIn("23513", "23514");
        StringWriter logged = new StringWriter();
        refused.printStackTrace(new PrintWriter(logged));
        assertThat(logged.toString()).doesNotContain(NAME, CAUSE, DOCUMENT, "440524", "7788")
                .contains("RecordStoreAdapter");
        assertThat(stores.records().findById(record.id())).isEmpty();
    }
}
