package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.rejection.Rejection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A host application that manages its own transactions lends the stores its connection through
 * {@link HostTransactions}: sicredit's writes then commit or roll back with the host's, and a use case that answers
 * Left undoes only its own part.
 */
class HostTransactionTest {

    private final HikariDataSource dataSource = DataSources.inMemoryH2("host-" + System.nanoTime());
    private final ThreadLocal<Connection> hostTransaction = new ThreadLocal<>();
    private final JdbcStores stores = JdbcStores.migrate(dataSource, TestDatabases.KEYS, Policies.defaultBook(),
            () -> Optional.ofNullable(hostTransaction.get()));

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void the_stores_write_inside_the_hosts_transaction_and_a_host_rollback_undoes_them() throws Exception {
        execute("CREATE TABLE host_order (id INT PRIMARY KEY)");

        try (Connection host = begin()) {
            execute(host, "INSERT INTO host_order VALUES (1)");
            saveInTransaction(aRecord().documentNumber("H-1").build());

            assertThat(countFromAnotherConnection("dishonesty_record")).as("nothing committed behind the host's back")
                    .isZero();
            host.rollback();
            hostTransaction.remove();
        }

        assertThat(countFromAnotherConnection("dishonesty_record")).isZero();
        assertThat(countFromAnotherConnection("host_order")).isZero();
    }

    @Test
    void a_host_commit_keeps_both_and_a_left_answer_undoes_only_sicredits_own_part() throws Exception {
        execute("CREATE TABLE host_order (id INT PRIMARY KEY)");

        try (Connection host = begin()) {
            execute(host, "INSERT INTO host_order VALUES (1)");
            saveInTransaction(aRecord().documentNumber("H-1").build());
            Either<Rejection, Object> refused = stores.transactions().inTransaction(() -> {
                stores.records().saveAll(List.of(Save.created(aRecord().documentNumber("H-2").build()))).get();
                return Either.left(Rejection.of("TEST_REFUSED", "test", "", "拒绝", "Refused"));
            });
            assertThat(refused.isLeft()).isTrue();
            assertThat(host.isClosed()).as("the stores never close the host's connection").isFalse();
            host.commit();
            hostTransaction.remove();
        }

        assertThat(countFromAnotherConnection("host_order")).isEqualTo(1);
        assertThat(countFromAnotherConnection("dishonesty_record")).isEqualTo(1);
        assertThat(stores.records().findBySubject(aRecord().build().content().subject().identifier())
                .map(record -> record.content().documentNumber())).containsExactly("H-1");
    }

    @Test
    void with_no_host_transaction_open_the_stores_commit_their_own() throws Exception {
        saveInTransaction(aRecord().documentNumber("OWN-1").build());

        assertThat(countFromAnotherConnection("dishonesty_record")).isEqualTo(1);
    }

    private void saveInTransaction(DishonestyRecord record) {
        stores.transactions().inTransaction(() -> stores.records().saveAll(List.of(Save.created(record)))).get();
    }

    private Connection begin() throws SQLException {
        Connection host = dataSource.getConnection();
        host.setAutoCommit(false);
        hostTransaction.set(host);
        return host;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long countFromAnotherConnection(String table) throws SQLException {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }
}
