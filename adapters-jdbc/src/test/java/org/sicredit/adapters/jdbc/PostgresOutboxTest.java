package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.OutboxContract;

class PostgresOutboxTest extends OutboxContract {

    @Override
    protected Fixture emptyOutbox() {
        JdbcStores stores = TestDatabases.postgres();
        return new Fixture(stores.outbox(), stores.transactions());
    }
}
