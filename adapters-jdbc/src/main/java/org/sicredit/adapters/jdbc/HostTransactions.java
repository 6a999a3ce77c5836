package org.sicredit.adapters.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * The seam through which a host application's transaction manager lends the stores its connection: when a host
 * transaction is open on the calling thread, {@link #current()} answers its connection and every store joins it —
 * sicredit's work then commits or rolls back with the host's, each use case behind a savepoint that undoes only its
 * own part when it answers Left — and the stores never close or commit that connection. With no host transaction
 * open they take connections from the {@code DataSource} and run transactions of their own. The Spring Boot starter
 * implements it with the connection Spring's transaction manager binds to the thread; {@link #NONE} is the default.
 */
@FunctionalInterface
public interface HostTransactions {

    /** No host transactions: sicredit always runs its own. */
    HostTransactions NONE = Optional::empty;

    /** The connection of the host's transaction open on this thread, if one is. */
    Optional<Connection> current();
}
