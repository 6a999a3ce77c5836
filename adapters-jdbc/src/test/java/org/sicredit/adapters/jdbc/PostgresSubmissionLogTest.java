package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.SubmissionLogContract;
import org.sicredit.application.port.out.SubmissionLogPort;

class PostgresSubmissionLogTest extends SubmissionLogContract {

    private JdbcStores stores;

    @Override
    protected SubmissionLogPort emptyLog() {
        stores = TestDatabases.postgres();
        return stores.submissionLog();
    }
}
