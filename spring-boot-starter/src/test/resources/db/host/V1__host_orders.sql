CREATE TABLE host_order (
    id     BIGINT PRIMARY KEY,
    amount DECIMAL(12, 2) NOT NULL
);
