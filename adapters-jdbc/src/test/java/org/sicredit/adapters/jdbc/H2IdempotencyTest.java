package org.sicredit.adapters.jdbc;

import org.sicredit.application.contract.IdempotencyContract;
import org.sicredit.application.port.out.IdempotencyPort;

class H2IdempotencyTest extends IdempotencyContract {

    @Override
    protected IdempotencyPort emptyKeys() {
        return TestDatabases.h2().idempotencyKeys();
    }
}
