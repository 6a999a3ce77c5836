package org.sicredit.adapters.jdbc;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.rejection.Rejection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link TransactionPort} on one database, carried by Jdbi's own handle scope: a call on a thread that already runs
 * inside {@link #inTransaction} gets the same handle (Jdbi shares it with nested calls on one thread), so every store
 * joins the thread's transaction; outside one, each store call is its own. The work is committed when it answers
 * Right and rolled back when it answers Left or throws. A store call that fails inside a transaction rolls back to a
 * savepoint, so the work may go on (the expiry sweep skips a record another sweep changed) without the database
 * aborting the whole transaction.
 *
 * <p>When the connection already carries a transaction — a host application's, joined through
 * {@link HostTransactions} — the work runs behind a savepoint in it instead: it commits or rolls back with the host's
 * transaction, and a Left undoes only its own part.
 *
 * <p>A database failure leaves here as a {@link DatabaseFailureException}, without the driver's message and its
 * values (issue 12, medium 7).
 */
public final class TransactionAdapter implements TransactionPort {

    private final Jdbi jdbi;
    private final AtomicLong savepoints = new AtomicLong();

    TransactionAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        return atomically(handle -> work.get());
    }

    /** Runs {@code work} all-or-nothing: behind a savepoint in the transaction already open, or in its own. */
    <T> Either<Rejection, T> atomically(Function<Handle, Either<Rejection, T>> work) {
        try {
            return jdbi.withHandle(handle -> handle.isInTransaction()
                    ? savepointed(handle, work)
                    : handle.inTransaction(inside -> {
                        Either<Rejection, T> result = work.apply(inside);
                        if (result.isLeft()) {
                            inside.rollback();
                        }
                        return result;
                    }));
        } catch (RuntimeException failure) {
            throw SqlFailures.withoutValues(failure);
        }
    }

    private <T> Either<Rejection, T> savepointed(Handle handle, Function<Handle, Either<Rejection, T>> work) {
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
        try {
            return jdbi.withHandle(work::apply);
        } catch (RuntimeException failure) {
            throw SqlFailures.withoutValues(failure);
        }
    }

    /** Plain JDBC on the thread's transaction when there is one, otherwise on a pooled connection of its own. */
    <T> T withConnection(SqlWork<T> work) {
        return read(handle -> {
            try {
                return work.apply(handle.getConnection());
            } catch (SQLException e) {
                throw SqlFailures.withoutValues(e);
            }
        });
    }

    /** Work on a JDBC connection. */
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** A list read as {@link #read} does. */
    <T> Seq<T> readList(Function<Handle, java.util.List<T>> work) {
        return io.vavr.collection.List.ofAll(read(work));
    }
}
