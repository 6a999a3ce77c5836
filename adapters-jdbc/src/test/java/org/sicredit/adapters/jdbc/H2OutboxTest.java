package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.OutboxContract;

class H2OutboxTest extends OutboxContract {

    @Override
    protected Fixture emptyOutbox() {
        JdbcStores stores = TestDatabases.h2();
        return new Fixture(stores.outbox(), stores.transactions());
    }
}
