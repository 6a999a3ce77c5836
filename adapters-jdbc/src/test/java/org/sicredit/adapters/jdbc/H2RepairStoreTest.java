package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.RepairStoreContract;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;

class H2RepairStoreTest extends RepairStoreContract {

    private JdbcStores stores;

    @Override
    protected RepairStorePort emptyStore() {
        stores = TestDatabases.h2();
        return stores.repairs();
    }

    @Override
    protected RecordStorePort records() {
        return stores.records();
    }
}
