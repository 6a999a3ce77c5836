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
 * the trail of what it was shown. Outside a transaction, or without a transaction manager, the call runs as it is.
 */
final class OwnTransaction implements OnlyItsOwnType.Around {

    private final ObjectProvider<PlatformTransactionManager> managers;

    OwnTransaction(ObjectProvider<PlatformTransactionManager> managers) {
        this.managers = managers;
    }

    @Override
    public Object call(Supplier<Object> call) {
        PlatformTransactionManager manager = managers.getIfUnique();
        if (manager == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return call.get();
        }
        TransactionTemplate own = new TransactionTemplate(manager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> call.get());
    }
}
