package org.sicredit.adapters.jdbc;

import org.sicredit.domain.rejection.Rejection;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a broken unique constraint (a business "no") from a broken database (an exception that propagates). */
final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    /** The prefix of every natural-key constraint of the schema ({@code uq_record_natural_key}, …). */
    private static final String NATURAL_KEY = "uq_";
    /** The first quoted constraint or index name in H2's message, which quotes the row's values after it. */
    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"(?:PUBLIC\\.)?((?:UQ|CK|FK|PK|IX)_[A-Z0-9_]{1,60})",
            Pattern.CASE_INSENSITIVE);

    private SqlFailures() {
    }

    /**
     * A failed insert: a taken natural key is {@code duplicate}, a taken primary key means someone stored this
     * aggregate first ({@code stale}); anything else is rethrown.
     */
    static Rejection onInsert(RuntimeException failure, Supplier<Rejection> duplicate, Supplier<Rejection> stale) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return brokenConstraint(sql).contains(NATURAL_KEY) ? duplicate.get() : stale.get();
            }
        }
        throw failure;
    }

    /**
     * The constraint a unique violation broke: PostgreSQL's driver names it; H2 names only its index, inside the
     * message (read here, in this one place).
     */
    private static String brokenConstraint(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e instanceof org.postgresql.util.PSQLException postgres && postgres.getServerErrorMessage() != null
                    && postgres.getServerErrorMessage().getConstraint() != null) {
                return postgres.getServerErrorMessage().getConstraint().toLowerCase(Locale.ROOT);
            }
        }
        return text(sql);
    }

    private static String text(SQLException sql) {
        StringBuilder text = new StringBuilder();
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            text.append(e.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code failure} is a unique violation, whichever constraint it broke. */
    static boolean isUniqueViolation(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)
                    || cause instanceof DatabaseFailureException refused && UNIQUE_VIOLATION.equals(refused.sqlState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure as it may leave the adapter: a database failure becomes a {@link DatabaseFailureException} — its
     * SQLState, code and constraint, never the driver's message with the row's values; anything else is left as it is.
     */
    static RuntimeException withoutValues(RuntimeException failure) {
        if (failure instanceof DatabaseFailureException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                DatabaseFailureException clean = withoutValues(sql);
                clean.setStackTrace(failure.getStackTrace());
                return clean;
            }
        }
        return failure;
    }

    static DatabaseFailureException withoutValues(SQLException sql) {
        DatabaseFailureException clean = new DatabaseFailureException(sql.getSQLState() == null ? ""
                : sql.getSQLState(), sql.getErrorCode(), constraintNamed(sql));
        clean.setStackTrace(sql.getStackTrace());
        return clean;
    }

    private static String constraintNamed(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.postgresql.util.PSQLException postgres
                        && postgres.getServerErrorMessage() != null
                        && postgres.getServerErrorMessage().getConstraint() != null) {
                    return postgres.getServerErrorMessage().getConstraint();
                }
                Matcher h2 = H2_CONSTRAINT.matcher(cause.getMessage() == null ? "" : cause.getMessage());
                if (h2.find()) {
                    return h2.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }

    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
