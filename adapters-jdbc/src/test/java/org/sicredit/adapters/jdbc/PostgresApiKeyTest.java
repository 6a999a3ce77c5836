package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.ApiKeyContract;
import org.sicredit.application.port.out.ApiKeyPort;

class PostgresApiKeyTest extends ApiKeyContract {

    @Override
    protected ApiKeyPort emptyKeys() {
        return TestDatabases.postgres().apiKeys();
    }
}
