package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.SubjectName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * {@link RecordStorePort} on {@code dishonesty_record}. New records go in as one
 * JDBC batch, changed ones as one batch of version-checked updates, both in one transaction (or behind a savepoint
 * in the caller's). Inside a transaction, the report run's and the sweep's reads claim their rows with
 * {@code FOR UPDATE SKIP LOCKED}.
 */
public final class RecordStoreAdapter implements RecordStorePort {

    private static final String SELECT = "SELECT " + RecordRows.COLUMNS + " FROM dishonesty_record ";
    private static final int CHUNK_ROWS = 2_000;
    private static final int KEYS_PER_QUERY = 500;
    private static final String CLAIM = " FOR UPDATE SKIP LOCKED";

    private final TransactionAdapter transactions;
    private final RecordRows rows;
    private final boolean postgres;

    RecordStoreAdapter(TransactionAdapter transactions, RecordRows rows, boolean postgres) {
        this.transactions = transactions;
        this.rows = rows;
        this.postgres = postgres;
    }

    @Override
    public Either<Rejection, Seq<DishonestyRecord>> saveAll(Seq<Save> saves) {
        if (saves.isEmpty()) {
            return Either.right(List.empty());
        }
        return transactions.atomically(handle -> {
            Seq<Save> created = saves.filter(save -> save.expectedVersion() == 0);
            Seq<Save> changed = saves.filter(save -> save.expectedVersion() > 0);
            return insert(handle, created).flatMap(ignored -> update(handle, changed))
                    .map(ignored -> saves.map(Save::record));
        });
    }

    /**
     * New records in chunks: each chunk's rows are prepared (sealed, serialised) on every core, then written — by
     * COPY on PostgreSQL, by a JDBC batch elsewhere — so only one chunk of prepared rows is held at a time.
     */
    private Either<Rejection, Integer> insert(Handle handle, Seq<Save> created) {
        if (created.isEmpty()) {
            return Either.right(0);
        }
        try {
            Connection connection = handle.getConnection();
            if (postgres) {
                PostgresCopy copy = PostgresCopy.open(connection, "dishonesty_record", RecordRows.COLUMNS);
                try {
                    for (Seq<Save> chunk : created.grouped(CHUNK_ROWS)) {
                        copy.write(prepared(chunk));
                    }
                    copy.end();
                } catch (SQLException | RuntimeException e) {
                    copy.cancel();
                    throw e;
                }
            } else {
                try (PreparedStatement insert = connection.prepareStatement(RecordRows.INSERT_POSITIONAL)) {
                    for (Seq<Save> chunk : created.grouped(CHUNK_ROWS)) {
                        for (Object[] values : prepared(chunk)) {
                            RecordRows.bind(insert, values);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
            }
            return Either.right(created.size());
        } catch (SQLException e) {
            return Either.left(SqlFailures.onInsert(new IllegalStateException(e), RecordStoreAdapter::duplicate,
                    RecordStoreAdapter::stale));
        }
    }

    private java.util.List<Object[]> prepared(Seq<Save> chunk) {
        return chunk.toJavaParallelStream().map(save -> rows.values(save.record())).toList();
    }

    private Either<Rejection, Integer> update(Handle handle, Seq<Save> changed) {
        if (changed.isEmpty()) {
            return Either.right(0);
        }
        PreparedBatch batch = handle.prepareBatch(RecordRows.UPDATE);
        changed.forEach(save -> rows.bind(batch, save.record()).bind("expected_version", save.expectedVersion()).add());
        int[] counts;
        try {
            counts = batch.execute();
        } catch (RuntimeException e) {
            return Either.left(SqlFailures.onInsert(e, RecordStoreAdapter::duplicate, RecordStoreAdapter::stale));
        }
        for (int count : counts) {
            if (count == 0) {
                return Either.left(stale());
            }
        }
        return Either.right(changed.size());
    }

    @Override
    public Option<DishonestyRecord> findById(RecordId id) {
        return select("WHERE id = ?", id.value()).headOption();
    }

    @Override
    public Seq<DishonestyRecord> findBySubject(SubjectIdentifier subject) {
        return select("WHERE subject_key = ? ORDER BY id", rows.subjectKey(subject));
    }

    @Override
    public Seq<DishonestyRecord> findBySubjects(Set<SubjectIdentifier> subjects) {
        return subjects.map(rows::subjectKey).toList().sorted().grouped(KEYS_PER_QUERY)
                .flatMap(keys -> selectByIndex("WHERE subject_key IN (" + String.join(", ",
                        java.util.Collections.nCopies(keys.size(), "?")) + ")", keys.toJavaArray()))
                .toList()
                .sortBy(record -> record.id().value().toString());
    }

    @Override
    public Seq<DishonestyRecord> findBySubjectName(SubjectName name) {
        return select("WHERE subject_name = ? ORDER BY id", name.value());
    }

    @Override
    public Seq<DishonestyRecord> claimSubmittedFor(YearMonth period) {
        return select("WHERE status = 'SUBMITTED' AND status_period = ? ORDER BY id" + CLAIM,
                RecordRows.month(period));
    }

    @Override
    public Seq<DishonestyRecord> claimExpirable(LocalDate today, int limit) {
        return select("WHERE query_period_ends_on < ? AND status NOT IN ('REVOKED', 'REPAIRED', 'EXPIRED') "
                + "ORDER BY id LIMIT ?" + CLAIM, today, limit);
    }

    /** Records by plain JDBC on the thread's connection, or a pooled one: the look-up path, read by position. */
    private Seq<DishonestyRecord> select(String where, Object... parameters) {
        java.util.List<DishonestyRecord> found = transactions.withConnection(connection ->
                read(connection, where, parameters));
        return List.ofAll(found);
    }

    /**
     * A select that must use its index. Inside a submission's transaction PostgreSQL plans with the statistics of the
     * table before the submission — none at all for a new table — and, taking a table that grew by tens of thousands
     * of uncommitted rows for a small one, scans it whole for every chunk (EXPLAIN ANALYZE, 60,000 rows inserted in
     * the transaction: Seq Scan, 58,000 rows removed by the filter, 64 ms for 500 subjects; the ingest became
     * quadratic). There, and only for this statement, sequential scans are priced out.
     */
    private Seq<DishonestyRecord> selectByIndex(String where, Object... parameters) {
        java.util.List<DishonestyRecord> found = transactions.withConnection(connection -> {
            boolean scoped = postgres && !connection.getAutoCommit();
            if (scoped) {
                setLocal(connection, "off");
            }
            try {
                return read(connection, where, parameters);
            } finally {
                if (scoped) {
                    setLocal(connection, "on");
                }
            }
        });
        return List.ofAll(found);
    }

    private static void setLocal(Connection connection, String value) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL enable_seqscan = " + value);
        }
    }

    private java.util.List<DishonestyRecord> read(Connection connection, String where, Object... parameters)
            throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + where)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            java.util.List<DishonestyRecord> found = new java.util.ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(rows.read(row));
                }
            }
            return found;
        }
    }

    private static Rejection stale() {
        return Rejection.of(STALE_VERSION, "version", "", "失信信息已被他人修改，请重新读取后再试",
                "The record was changed by someone else; reload and retry");
    }

    private static Rejection duplicate() {
        return Rejection.of(DUPLICATE_RECORD, "documentNumber", "", "同一提供单位、文书编号和主体的失信信息已存在",
                "A record with this provider, document number and subject exists");
    }
}
