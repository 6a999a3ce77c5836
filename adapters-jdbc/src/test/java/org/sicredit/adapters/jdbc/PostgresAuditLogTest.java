package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.AuditLogContract;
import org.sicredit.application.port.out.AuditLogPort;

class PostgresAuditLogTest extends AuditLogContract {

    private JdbcStores stores;

    @Override
    protected AuditLogPort emptyLog() {
        stores = TestDatabases.postgres();
        return stores.auditLog();
    }
}
