-- A host application's own first migration, kept in Flyway's default history table.
CREATE TABLE host_order (id BIGINT PRIMARY KEY, placed_on DATE NOT NULL);
