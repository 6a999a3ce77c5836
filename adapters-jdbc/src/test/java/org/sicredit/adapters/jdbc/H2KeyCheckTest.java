package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;

class H2KeyCheckTest extends KeyCheckContract {

    @Override
    protected HikariDataSource newDatabase() {
        return DataSources.inMemoryH2("keys-" + System.nanoTime());
    }
}
