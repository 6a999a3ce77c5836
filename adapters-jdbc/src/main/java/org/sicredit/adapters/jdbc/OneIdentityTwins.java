package org.sicredit.adapters.jdbc;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs just before V13 (one organisation, one identity), in its transaction. Before V13 the same act could be stored
 * twice, once under the organisation code and once under the credit code that contains it; V13 rekeys both to one
 * identity and would break the natural key. Of such twins the one under the organisation code (or, between credit
 * codes, the first by id) is left for V13; each other one is set aside under {@code TWIN:} and its old key — nothing
 * lost, found by no lookup (its twin is), listed by {@code subject_key LIKE 'TWIN:%'} for the Bureau to revoke.
 * V13 itself is as it landed.
 */
final class OneIdentityTwins implements Callback {

    private static final String SET_ASIDE = "UPDATE dishonesty_record r SET subject_key = 'TWIN:' || r.subject_key "
            + "WHERE r.subject_kind = 'ORGANISATION' AND LENGTH(r.subject_key) = 18 AND EXISTS ("
            + "SELECT 1 FROM dishonesty_record o WHERE o.provider_code = r.provider_code "
            + "AND o.document_number = r.document_number AND o.subject_kind = 'ORGANISATION' "
            + "AND (o.subject_key = SUBSTRING(r.subject_key FROM 9 FOR 9) OR (LENGTH(o.subject_key) = 18 "
            + "AND o.id < r.id AND SUBSTRING(o.subject_key FROM 9 FOR 9) = SUBSTRING(r.subject_key FROM 9 FOR 9))))";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE && context.getMigrationInfo() != null
                && context.getMigrationInfo().getVersion() != null
                && "13".equals(context.getMigrationInfo().getVersion().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate(SET_ASIDE);
        } catch (SQLException e) {
            throw SqlFailures.withoutValues(e);
        }
    }

    @Override
    public String getCallbackName() {
        return "sicredit: set aside twins before V13";
    }
}
