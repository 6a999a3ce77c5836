package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.IdempotencyContract;
import org.sicredit.application.port.out.IdempotencyPort;

class PostgresIdempotencyTest extends IdempotencyContract {

    @Override
    protected IdempotencyPort emptyKeys() {
        return TestDatabases.postgres().idempotencyKeys();
    }
}
