package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.ApiKeyContract;
import org.sicredit.application.port.out.ApiKeyPort;

class H2ApiKeyTest extends ApiKeyContract {

    @Override
    protected ApiKeyPort emptyKeys() {
        return TestDatabases.h2().apiKeys();
    }
}
