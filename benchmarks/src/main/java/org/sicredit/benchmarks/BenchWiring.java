package org.sicredit.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.fixtures.InMemoryProviderNotifier;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;

/**
 * What every bench wires the same way: the application on the JDBC stores (the Platform and the providers'
 * notifications in memory, so no bench measures a network it does not have), on a fixed day; and the durable
 * embedded PostgreSQL every bench measures, its version and durability settings written to the results.
 */
final class BenchWiring {

    static final Clock CLOCK = Clocks.on(2019, 4, 25);

    private BenchWiring() {
    }

    static Sicredit.Builder application(JdbcStores stores) {
        return application(stores, CLOCK);
    }

    static Sicredit.Builder application(JdbcStores stores, Clock clock) {
        return Sicredit.builder()
                .recordStore(stores.records()).recordStatistics(stores.statistics())
                .objectionStore(stores.objections()).repairStore(stores.repairs())
                .submissionLog(stores.submissionLog()).auditLog(stores.auditLog())
                .platformGateway(new InMemoryPlatformGateway(clock))
                .providerNotifier(new InMemoryProviderNotifier(clock))
                .transactions(stores.transactions()).outbox(stores.outbox())
                .holidayData(() -> HolidayCn.schedules(2007, 2027)).policyBook(Policies.defaultBook()).clock(clock)
                .readiness(stores.readiness()).apiKeys(stores.apiKeys()).idempotencyKeys(stores.idempotencyKeys());
    }

    /**
     * The month reported to the Platform and the report relayed (the in-memory Platform acknowledges it), as the
     * Bureau does after collecting: only then are its records active, found by a lookup with their measures.
     */
    static void reportAndRelay(Sicredit sicredit, YearMonth period) {
        long start = System.nanoTime();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("bench-bureau"), period))
                .getOrElseThrow(rejection -> new IllegalStateException(period + ": " + rejection));
        if (Boolean.getBoolean("bench.verbose")) {
            System.out.printf("report %s: %.1f s%n", period, (System.nanoTime() - start) / 1e9);
        }
        sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("bench-relay")))
                .getOrElseThrow(rejection -> new IllegalStateException(period + ": " + rejection));
    }

    /** A PostgreSQL that loses nothing a commit acknowledged: fsync, synchronous commit and full page writes on. */
    static EmbeddedPostgres durablePostgres() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
                .setServerConfig("max_wal_size", "4GB").start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            Results.fact("PostgreSQL", single(statement, "SHOW server_version") + " (embedded, zonky)");
            Results.fact("PostgreSQL durability", "fsync=" + single(statement, "SHOW fsync") + ", synchronous_commit="
                    + single(statement, "SHOW synchronous_commit") + ", full_page_writes="
                    + single(statement, "SHOW full_page_writes") + ", shared_buffers="
                    + single(statement, "SHOW shared_buffers"));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return server;
    }

    /** The key the JDBC adapter files a subject under: its identity, a resident ID number by its blind index. */
    static String subjectKey(SubjectIdentifier identifier, KeyRing keys) {
        return identifier instanceof ResidentIdNumber ? "h:" + keys.blindIndex(identifier.value())
                : identifier.identity();
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
