package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.AuditLogContract;
import org.sicredit.application.port.out.AuditLogPort;

class H2AuditLogTest extends AuditLogContract {

    private JdbcStores stores;

    @Override
    protected AuditLogPort emptyLog() {
        stores = TestDatabases.h2();
        return stores.auditLog();
    }
}
