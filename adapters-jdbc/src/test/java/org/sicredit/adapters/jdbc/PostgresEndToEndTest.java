package org.sicredit.adapters.jdbc;

class PostgresEndToEndTest extends JdbcEndToEnd {

    @Override
    protected JdbcStores stores() {
        return TestDatabases.postgres();
    }
}
