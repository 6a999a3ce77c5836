package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;

class PostgresKeyCheckTest extends KeyCheckContract {

    @Override
    protected HikariDataSource newDatabase() {
        return TestDatabases.freshPostgres();
    }
}
