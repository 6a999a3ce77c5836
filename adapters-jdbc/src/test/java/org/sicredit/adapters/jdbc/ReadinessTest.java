package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.ReadinessPort.Check;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.domain.policy.Policies;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(readiness.checks().map(Check::name)).containsExactly("database", "migrations");

        deleteLatestMigration(database);
        Check migrations = readiness.checks().last();
        assertThat(migrations.ok()).isFalse();
        assertThat(migrations.detailEn()).contains("1 pending");

        database.close();
        assertThat(readiness.checks().map(Check::ok)).containsExactly(false, false);
        assertThat(readiness.checks().head().detailEn()).startsWith("The database cannot be reached");
    }

    private static void deleteLatestMigration(DataSource database) {
        TestDatabases.execute(database, "DELETE FROM sicredit_schema_history WHERE \"installed_rank\" = "
                + "(SELECT MAX(\"installed_rank\") FROM sicredit_schema_history WHERE \"version\" IS NOT NULL "
                + "AND \"script\" LIKE 'V%')");
    }
}
