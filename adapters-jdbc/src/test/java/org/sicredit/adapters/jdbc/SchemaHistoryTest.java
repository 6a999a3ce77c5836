package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The schema is the library's: its own migrations and history, beside a host application's own Flyway. */
class SchemaHistoryTest {

    @Test
    void a_host_application_running_its_own_flyway_first_keeps_its_history_and_sicredit_keeps_its_own() throws Exception {
        besideTheHost(DataSources.inMemoryH2("host-and-sicredit"));
    }

    @Test
    void on_postgresql_too_sicredit_migrates_beside_the_hosts_tables_under_a_baseline_of_its_own() throws Exception {
        besideTheHost(TestDatabases.freshPostgres());
    }

    private static void besideTheHost(DataSource h2) throws Exception {
        Flyway.configure().dataSource(h2).locations("classpath:db/host").load().migrate();

        JdbcStores stores = JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());
        Flyway.configure().dataSource(h2).locations("classpath:db/host").load().migrate();

        assertThat(scripts(h2, "flyway_schema_history")).containsExactly("V1__host_orders.sql");
        assertThat(scripts(h2, "sicredit_schema_history")).startsWith("V1__stores.sql")
                .contains("V2__records_keep_the_law_they_were_decided_under.sql", "V15__api_keys_and_idempotency_keys.sql");
        DishonestyRecord record = aRecord().build();
        stores.records().saveAll(List.of(Save.created(record))).get();
        assertThat(stores.records().findById(record.id())).isNotEmpty();
    }

    @Test
    void a_database_sicredit_migrated_into_flywaws_default_history_is_adopted_once_and_keeps_its_records()
            throws Exception {
        DataSource h2 = DataSources.inMemoryH2("earlier-layout");
        Flyway.configure().dataSource(h2).locations(JdbcStores.MIGRATIONS).target("4").load().migrate();
        DishonestyRecord before = aRecord().build();

        JdbcStores stores = JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());
        stores.records().saveAll(List.of(Save.created(before))).get();
        JdbcStores again = JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());

        assertThat(tableExists(h2, "flyway_schema_history")).isFalse();
        assertThat(scripts(h2, "sicredit_schema_history")).startsWith("V1__stores.sql").contains("V6__audit_entry_subject.sql");
        assertThat(again.records().findById(before.id())).isNotEmpty();
    }

    private static java.util.List<String> scripts(DataSource dataSource, String table) throws SQLException {
        java.util.List<String> scripts = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"script\" FROM \"" + table
                     + "\" WHERE \"version\" IS NOT NULL AND \"type\" <> 'BASELINE' ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
        }
        return scripts;
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
