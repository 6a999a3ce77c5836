package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.ObjectionStoreContract;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.RecordStorePort;

class H2ObjectionStoreTest extends ObjectionStoreContract {

    private JdbcStores stores;

    @Override
    protected ObjectionStorePort emptyStore() {
        stores = TestDatabases.h2();
        return stores.objections();
    }

    @Override
    protected RecordStorePort records() {
        return stores.records();
    }
}
