package org.sicredit.adapters.jdbc;

/**
 * The database's schema is not the one this build of sicredit expects, and the stores were asked not to migrate it:
 * the message says what is pending, failed or unknown, never a value of the data.
 */
public final class SchemaNotCurrentException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SchemaNotCurrentException(String detail) {
        super(detail);
    }
}
