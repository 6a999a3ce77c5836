package org.sicredit.adapters.jdbc;

import io.vavr.control.Either;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.rejection.Rejection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link TransactionPort} on one database: the work runs on one connection bound to the calling thread, committed
 * when it answers Right, rolled back when it answers Left or throws. Every store of this adapter joins the
 * thread's transaction when there is one; outside one, each store call is its own transaction. A store call that
 * fails inside a transaction rolls back to a savepoint, so the work may go on (the expiry sweep skips a record
 * another sweep changed) without the database aborting the whole transaction.
 */
public final class TransactionAdapter implements TransactionPort {

    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final AtomicLong savepoints = new AtomicLong();

    TransactionAdapter(Jdbi jdbi, DataSource dataSource) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
    }

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        if (current.get() != null) {
            return atomically(handle -> work.get());
        }
        try (Handle handle = jdbi.open()) {
            handle.begin();
            current.set(handle);
            boolean committed = false;
            try {
                Either<Rejection, T> result = work.get();
                if (result.isRight()) {
                    handle.commit();
                    committed = true;
                }
                return result;
            } finally {
                current.remove();
                if (!committed) {
                    handle.rollback();
                }
            }
        }
    }

    /** Runs {@code work} all-or-nothing: in the thread's transaction behind a savepoint, or in its own. */
    <T> Either<Rejection, T> atomically(Function<Handle, Either<Rejection, T>> work) {
        Handle handle = current.get();
        if (handle == null) {
            return inTransaction(() -> work.apply(current.get()));
        }
        String savepoint = "sicredit_" + savepoints.incrementAndGet();
        handle.savepoint(savepoint);
        boolean kept = false;
        try {
            Either<Rejection, T> result = work.apply(handle);
            kept = result.isRight();
            return result;
        } finally {
            if (kept) {
                handle.releaseSavepoint(savepoint);
            } else {
                handle.rollbackToSavepoint(savepoint);
            }
        }
    }

    /** Reads on the thread's transaction when there is one, otherwise on a connection of its own. */
    <T> T read(Function<Handle, T> work) {
        Handle handle = current.get();
        return handle != null ? work.apply(handle) : jdbi.withHandle(work::apply);
    }

    /** Plain JDBC on the thread's transaction when there is one, otherwise on a pooled connection of its own. */
    <T> T withConnection(SqlWork<T> work) {
        Handle handle = current.get();
        try {
            if (handle != null) {
                return work.apply(handle.getConnection());
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused a read: " + e.getSQLState(), e);
        }
    }

    /** Work on a JDBC connection. */
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** A list read as {@link #read} does. */
    <T> io.vavr.collection.Seq<T> readList(Function<Handle, java.util.List<T>> work) {
        return io.vavr.collection.List.ofAll(read(work));
    }
}
