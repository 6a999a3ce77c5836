package org.sicredit.adapters.jdbc;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.IdempotencyPort;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.policy.PolicyBook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every store of the JDBC adapter on one {@link DataSource} — the embedding team's pool, or one from
 * {@link DataSources}. {@link #migrate} brings the schema up to date with Flyway (the same migrations on H2 and
 * PostgreSQL, plus, on PostgreSQL, triggers that keep the audit tables append-only); the stores share one
 * {@link TransactionPort}, so a use case's writes commit or roll back together.
 */
public final class JdbcStores {

    private final TransactionAdapter transactions;
    private final RecordStoreAdapter records;
    private final RecordStatisticsAdapter statistics;
    private final ObjectionStoreAdapter objections;
    private final RepairStoreAdapter repairs;
    private final AuditLogAdapter audit;
    private final SubmissionLogAdapter submissions;
    private final OutboxAdapter outbox;
    private final ApiKeyAdapter apiKeys;
    private final IdempotencyAdapter idempotencyKeys;

    private final JdbcReadiness readiness;

    private JdbcStores(DataSource dataSource, KeyRing keys, PolicyBook book, boolean postgres, HostTransactions host) {
        this.readiness = new JdbcReadiness(dataSource, locations(postgres), keys);
        Jdbi jdbi = Jdbi.create(new Connections(dataSource, host));
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        DomainJson json = new DomainJson(book);
        this.transactions = new TransactionAdapter(jdbi);
        RecordRows rows = new RecordRows(keys, json);
        this.records = new RecordStoreAdapter(transactions, rows, postgres);
        this.statistics = new RecordStatisticsAdapter(transactions);
        this.objections = new ObjectionStoreAdapter(transactions, json);
        this.repairs = new RepairStoreAdapter(transactions, json);
        this.audit = new AuditLogAdapter(transactions, rows::subjectKey, postgres);
        this.submissions = new SubmissionLogAdapter(transactions);
        this.outbox = new OutboxAdapter(transactions, keys);
        this.apiKeys = new ApiKeyAdapter(transactions, keys);
        this.idempotencyKeys = new IdempotencyAdapter(transactions, keys);
    }

    /** Where sicredit keeps its migrations and its Flyway history: its own, never the host application's. */
    public static final String MIGRATIONS = "classpath:db/sicredit";
    public static final String POSTGRESQL_MIGRATIONS = "classpath:db/sicredit-postgresql";
    public static final String HISTORY_TABLE = "sicredit_schema_history";

    /**
     * Migrates sicredit's schema — its migrations under {@code db/sicredit}, its history in
     * {@code sicredit_schema_history}, beside whatever the host's own Flyway keeps (a schema that already holds the
     * host's tables gets a baseline at version 0, so every sicredit migration still runs; its description holds no
     * quote: Flyway writes it into SQL unescaped, and PostgreSQL refused the apostrophe it once had) — then checks
     * {@code keys} against the keys the database was written with (an empty database registers them; a ring that does not match
     * is refused with {@link KeyRingMismatchException}, naming the key ids expected) and hands out the stores.
     */
    public static JdbcStores migrate(DataSource dataSource, KeyRing keys, PolicyBook book) {
        return migrate(dataSource, keys, book, HostTransactions.NONE);
    }

    /**
     * As {@link #migrate(DataSource, KeyRing, PolicyBook)}, the stores joining the host application's transaction
     * whenever {@code host} says one is open on the calling thread (a Spring starter passes its transaction manager's
     * connection here). The migration itself runs on a connection of its own.
     */
    public static JdbcStores migrate(DataSource dataSource, KeyRing keys, PolicyBook book, HostTransactions host) {
        requireAll(dataSource, keys, book, host);
        boolean postgres = isPostgres(dataSource);
        String[] locations = locations(postgres);
        SchemaHistory.adoptEarlierHistory(dataSource, HISTORY_TABLE);
        Flyway.configure().dataSource(dataSource).locations(locations).table(HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0")
                .baselineDescription("sicredit beside the host application tables")
                .callbacks(new OneIdentityTwins())
                .load().migrate();
        KeyCheck.verify(dataSource, keys);
        return new JdbcStores(dataSource, keys, book, postgres, host);
    }

    /**
     * The stores on a schema migrated by someone else (a deployment that runs migrations apart from the service): no
     * migration runs; a schema that is not this build's — migrations pending, failed or unknown — is refused with
     * {@link SchemaNotCurrentException}; then the key ring is checked as {@link #migrate} does.
     */
    public static JdbcStores withoutMigrating(DataSource dataSource, KeyRing keys, PolicyBook book,
                                              HostTransactions host) {
        requireAll(dataSource, keys, book, host);
        boolean postgres = isPostgres(dataSource);
        new JdbcReadiness(dataSource, locations(postgres), keys).schema().find(check -> !check.ok())
                .peek(check -> {
                    throw new SchemaNotCurrentException(check.detailEn());
                });
        KeyCheck.verify(dataSource, keys);
        return new JdbcStores(dataSource, keys, book, postgres, host);
    }

    /** Connections for Jdbi: the host's, while it has a transaction open on this thread (never closed here), else the pool's. */
    private record Connections(DataSource dataSource, HostTransactions host) implements ConnectionFactory {

        @Override
        public Connection openConnection() throws SQLException {
            Optional<Connection> hosted = host.current();
            return hosted.isPresent() ? hosted.get() : dataSource.getConnection();
        }

        @Override
        public void closeConnection(Connection connection) throws SQLException {
            if (host.current().filter(hosted -> hosted == connection).isEmpty()) {
                connection.close();
            }
        }
    }

    private static void requireAll(DataSource dataSource, KeyRing keys, PolicyBook book, HostTransactions host) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(host, "host");
    }

    private static String[] locations(boolean postgres) {
        return postgres ? new String[] {MIGRATIONS, POSTGRESQL_MIGRATIONS} : new String[] {MIGRATIONS};
    }

    /** PostgreSQL gets its own migrations (the audit tables guarded by triggers) and COPY for bulk inserts. */
    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached to migrate it", e);
        }
    }

    /** Whether the database answers and its schema is this build's, for a readiness probe. */
    public ReadinessPort readiness() {
        return readiness;
    }

    public RecordStorePort records() {
        return records;
    }

    public RecordStatisticsPort statistics() {
        return statistics;
    }

    public ObjectionStorePort objections() {
        return objections;
    }

    public RepairStorePort repairs() {
        return repairs;
    }

    public AuditLogPort auditLog() {
        return audit;
    }

    public SubmissionLogPort submissionLog() {
        return submissions;
    }

    public OutboxPort outbox() {
        return outbox;
    }

    /** API keys, shared by every instance on this database. */
    public ApiKeyPort apiKeys() {
        return apiKeys;
    }

    /** Idempotency keys and their answers, shared by every instance on this database. */
    public IdempotencyPort idempotencyKeys() {
        return idempotencyKeys;
    }

    public TransactionPort transactions() {
        return transactions;
    }
}
