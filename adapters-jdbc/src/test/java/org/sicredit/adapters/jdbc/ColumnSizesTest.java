package org.sicredit.adapters.jdbc;

import io.vavr.Tuple3;
import io.vavr.Tuple;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.text.Limits;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text column holds the longest value the domain's limits let through, on H2 and on PostgreSQL. */
class ColumnSizesTest {

    private static final List<Tuple3<String, String, Integer>> COLUMNS = List.of(
            Tuple.of("dishonesty_record", "subject_name", Limits.NAME),
            Tuple.of("dishonesty_record", "legal_rep_name", Limits.NAME),
            Tuple.of("dishonesty_record", "cause", Limits.CAUSE),
            Tuple.of("dishonesty_record", "document_number", Limits.DOCUMENT_NUMBER),
            Tuple.of("dishonesty_record", "status_detail", Limits.REASON),
            Tuple.of("objection", "grounds", Limits.REASON),
            Tuple.of("repair_application", "explanation", Limits.REASON),
            Tuple.of("repair_application", "status_detail", Limits.REASON),
            Tuple.of("repair_application", "proof_number", Limits.PROOF_NUMBER),
            Tuple.of("audit_entry", "actor_id", Limits.ACTOR_ID),
            Tuple.of("audit_entry", "purpose", Limits.REASON),
            Tuple.of("audit_entry", "subject_masked", Limits.NAME),
            Tuple.of("submission_log", "actor_id", Limits.ACTOR_ID));

    @Test
    void h2_columns_hold_the_domains_longest_values() throws SQLException {
        DataSource h2 = DataSources.inMemoryH2("sizes-" + System.nanoTime());
        JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());
        holdTheLimits(h2);
    }

    @Test
    void postgresql_columns_hold_the_domains_longest_values() throws SQLException {
        TestDatabases.postgres();
        holdTheLimits(TestDatabases.postgresDataSource());
    }

    @Test
    void the_largest_amount_fits_numeric_18_2() {
        assertThat(Limits.LARGEST_AMOUNT.precision()).isEqualTo(18);
        assertThat(Limits.LARGEST_AMOUNT.scale()).isEqualTo(2);
    }

    private static void holdTheLimits(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (Tuple3<String, String, Integer> column : COLUMNS) {
                try (ResultSet found = meta.getColumns(null, null, column._1, column._2)) {
                    assertThat(found.next()).as(column._1 + "." + column._2).isTrue();
                    assertThat(found.getInt("COLUMN_SIZE")).as(column._1 + "." + column._2)
                            .isGreaterThanOrEqualTo(column._3);
                }
            }
        }
    }
}
