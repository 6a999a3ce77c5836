package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.RecordStoreContract;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort;

class PostgresRecordStoreTest extends RecordStoreContract {

    private JdbcStores stores;

    @Override
    protected RecordStorePort emptyStore() {
        stores = TestDatabases.postgres();
        return stores.records();
    }

    @Override
    protected RecordStatisticsPort statisticsOf(RecordStorePort store) {
        return stores.statistics();
    }
}
