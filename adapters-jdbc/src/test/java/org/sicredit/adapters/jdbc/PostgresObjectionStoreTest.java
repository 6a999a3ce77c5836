package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.ObjectionStoreContract;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.RecordStorePort;

class PostgresObjectionStoreTest extends ObjectionStoreContract {

    private JdbcStores stores;

    @Override
    protected ObjectionStorePort emptyStore() {
        stores = TestDatabases.postgres();
        return stores.objections();
    }

    @Override
    protected RecordStorePort records() {
        return stores.records();
    }
}
