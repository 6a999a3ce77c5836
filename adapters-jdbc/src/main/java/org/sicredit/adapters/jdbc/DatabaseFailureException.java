package org.sicredit.adapters.jdbc;

/**
 * The database refused a statement, or could not run it. It carries what an operator needs to find the cause — the
 * SQLState, the vendor's error code, the constraint when one was named, and where it happened (the original failure's
 * stack trace) — and never the driver's message, which quotes the row's values: a name, the start of a cause, on
 * PostgreSQL a whole failing row. Whatever an embedder logs of it is safe to log.
 */
public final class DatabaseFailureException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int vendorCode;
    private final String constraint;

    DatabaseFailureException(String sqlState, int vendorCode, String constraint) {
        super(message(sqlState, vendorCode, constraint));
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.constraint = constraint;
    }

    /** The SQLState of the refusal ({@code 23505} a unique violation, {@code 23514} a check), or empty. */
    public String sqlState() {
        return sqlState;
    }

    public int vendorCode() {
        return vendorCode;
    }

    /** The constraint the statement broke, as the database names it, or empty when it named none. */
    public String constraint() {
        return constraint;
    }

    private static String message(String sqlState, int vendorCode, String constraint) {
        String details = "SQLState " + (sqlState.isEmpty() ? "?" : sqlState) + ", code " + vendorCode
                + (constraint.isEmpty() ? "" : ", constraint " + constraint);
        return "数据库拒绝了一条语句（" + details + "）/ the database refused a statement (" + details + "); the driver's "
                + "message is not kept, since it quotes the row's values";
    }
}
