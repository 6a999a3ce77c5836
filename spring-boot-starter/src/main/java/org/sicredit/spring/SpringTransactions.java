package org.sicredit.spring;

import org.sicredit.adapters.jdbc.HostTransactions;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The service's Spring transactions, lent to sicredit's stores: inside a transaction that a Spring transaction
 * manager opened on the service's {@code DataSource} (a {@code @Transactional} method, a {@code TransactionTemplate};
 * {@code DataSourceTransactionManager} and {@code JpaTransactionManager} both bind their connection), the stores use
 * that connection, so sicredit's writes commit or roll back with the service's, and a use case that answers a
 * rejection rolls back to its own savepoint. Any holder with a connection counts, as for {@code DataSourceUtils}:
 * {@code JpaTransactionManager} binds one without marking it synchronized (a test showed the stores committing on
 * their own under JPA while the check asked for that mark). Outside one, the stores run transactions of their own.
 */
final class SpringTransactions implements HostTransactions {

    private final DataSource dataSource;

    SpringTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Connection> current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        return TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && holder.getConnectionHandle() != null ? Optional.of(holder.getConnection()) : Optional.empty();
    }
}
