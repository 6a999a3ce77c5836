package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.application.port.out.SubmissionLogPort;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** {@link SubmissionLogPort} on {@code submission_log}: insert only, read in the order of {@code seq}. */
public final class SubmissionLogAdapter implements SubmissionLogPort {

    private final TransactionAdapter transactions;

    SubmissionLogAdapter(TransactionAdapter transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(Submission submission) {
        transactions.atomically(handle -> Either.right(handle.createUpdate("INSERT INTO submission_log (provider_code, "
                        + "period, at, actor_id, added, unchanged, corrected, rejected) VALUES (:provider, :period, :at, "
                        + ":actor, :added, :unchanged, :corrected, :rejected)")
                .bind("provider", submission.providerCode())
                .bind("period", RecordRows.month(submission.period()))
                .bind("at", OffsetDateTime.ofInstant(submission.at(), ZoneOffset.UTC))
                .bind("actor", submission.actorId())
                .bind("added", submission.added())
                .bind("unchanged", submission.unchanged())
                .bind("corrected", submission.corrected())
                .bind("rejected", submission.rejected())
                .execute()));
    }

    @Override
    public Seq<Submission> submissionsFor(YearMonth period) {
        return transactions.readList(handle -> handle.createQuery("SELECT provider_code, period, at, actor_id, "
                        + "added, unchanged, corrected, rejected FROM submission_log WHERE period = :period ORDER BY seq")
                .bind("period", RecordRows.month(period))
                .map((row, context) -> new Submission(row.getString(1), YearMonth.of(row.getInt(2) / 100,
                        row.getInt(2) % 100), row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4),
                        row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)))
                .list());
    }
}
