package org.sicredit.adapters.jdbc;

class H2EndToEndTest extends JdbcEndToEnd {

    @Override
    protected JdbcStores stores() {
        return TestDatabases.h2();
    }
}
