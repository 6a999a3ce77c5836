package org.sicredit.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Disclosures are audited whatever becomes of the caller's transaction (the audit trail keeps every lookup:
 * {@code AuditLogPort}): a lookup, a search by name or a reading of the audit trail called inside the service's transaction runs
 * in a transaction of its own, committed when it answers — a service that rolls back its own work does not roll back
 * the trail of what it was shown. The outbox relay, which calls the Platform, runs outside the service's transaction
 * altogether. Outside a transaction, or without a transaction manager, the call runs as it is.
 */
final class OwnTransaction implements OnlyItsOwnType.Around {

    private final ObjectProvider<PlatformTransactionManager> managers;
    private final int propagation;

    private OwnTransaction(ObjectProvider<PlatformTransactionManager> managers, int propagation) {
        this.managers = managers;
        this.propagation = propagation;
    }

    /** A disclosure: committed on its own when it answers. */
    static OwnTransaction forDisclosure(ObjectProvider<PlatformTransactionManager> managers) {
        return new OwnTransaction(managers, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A call that reaches the Platform (the outbox relay): the service's transaction is suspended, so no remote call
     * runs inside a database transaction and each delivery is marked in a short transaction of the relay's own.
     */
    static OwnTransaction outsideAnyTransaction(ObjectProvider<PlatformTransactionManager> managers) {
        return new OwnTransaction(managers, TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @Override
    public Object call(Supplier<Object> call) {
        PlatformTransactionManager manager = managers.getIfUnique();
        if (manager == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return call.get();
        }
        TransactionTemplate own = new TransactionTemplate(manager);
        own.setPropagationBehavior(propagation);
        return own.execute(status -> call.get());
    }
}
