package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.ReadinessPort.Check;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.domain.policy.Policies;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The readiness probe's view of the stores, on H2 and PostgreSQL: the database answers and its schema is current. */
class ReadinessTest {

    @Test
    void h2_is_ready_when_migrated_not_when_a_migration_is_pending_nor_when_unreachable() {
        HikariDataSource h2 = DataSources.inMemoryH2("ready-" + System.nanoTime());
        checks(h2);
    }

    @Test
    void postgresql_is_ready_when_migrated_not_when_a_migration_is_pending_nor_when_unreachable() {
        checks(TestDatabases.freshPostgres());
    }

    private static void checks(HikariDataSource database) {
        ReadinessPort readiness = JdbcStores.migrate(database, TestDatabases.KEYS, Policies.defaultBook()).readiness();

        assertThat(readiness.checks()).allMatch(Check::ok);
        assertThat(readiness.checks().map(Check::name)).containsExactly("database", "migrations", "keys");

        deleteLatestMigration(database);
        Check migrations = readiness.checks().get(1);
        assertThat(migrations.ok()).isFalse();
        assertThat(migrations.detailEn()).contains("1 pending");

        database.close();
        assertThat(readiness.checks().map(Check::ok)).containsExactly(false, false, false);
        assertThat(readiness.checks().head().detailEn()).startsWith("The database cannot be reached");
    }

    @Test
    void the_keys_check_fails_for_a_ring_the_database_was_not_written_with_naming_key_ids_only() {
        HikariDataSource h2 = DataSources.inMemoryH2("ready-keys-" + System.nanoTime());
        JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());
        KeyRing other = KeyRing.generate("other");

        Check keys = new JdbcReadiness(h2, new String[] {JdbcStores.MIGRATIONS}, other).checks().last();

        assertThat(keys.name()).isEqualTo("keys");
        assertThat(keys.ok()).isFalse();
        assertThat(keys.detailEn()).contains("not the one the database was written with").contains("other");
        h2.close();
    }

    @Test
    void stores_opened_without_migrating_refuse_a_schema_that_is_not_current_and_serve_one_that_is() {
        HikariDataSource h2 = DataSources.inMemoryH2("unmigrated-" + System.nanoTime());

        assertThatThrownBy(() -> JdbcStores.withoutMigrating(h2, TestDatabases.KEYS, Policies.defaultBook(),
                HostTransactions.NONE)).isInstanceOf(SchemaNotCurrentException.class).hasMessageContaining("pending");

        JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook());
        JdbcStores opened = JdbcStores.withoutMigrating(h2, TestDatabases.KEYS, Policies.defaultBook(),
                HostTransactions.NONE);
        assertThat(opened.readiness().checks()).allMatch(Check::ok);
        assertThatThrownBy(() -> JdbcStores.withoutMigrating(h2, KeyRing.generate("other"), Policies.defaultBook(),
                HostTransactions.NONE)).isInstanceOf(KeyRingMismatchException.class);
        h2.close();
    }

    private static void deleteLatestMigration(DataSource database) {
        TestDatabases.execute(database, "DELETE FROM sicredit_schema_history WHERE \"installed_rank\" = "
                + "(SELECT MAX(\"installed_rank\") FROM sicredit_schema_history WHERE \"version\" IS NOT NULL "
                + "AND \"script\" LIKE 'V%')");
    }
}
