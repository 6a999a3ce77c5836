package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.SubmissionLogContract;
import org.sicredit.application.port.out.SubmissionLogPort;

class H2SubmissionLogTest extends SubmissionLogContract {

    private JdbcStores stores;

    @Override
    protected SubmissionLogPort emptyLog() {
        stores = TestDatabases.h2();
        return stores.submissionLog();
    }
}
