package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.Clock;
import java.time.YearMonth;

final class CollectSubmissionService implements CollectSubmissionUseCase {

    private final RecordStorePort records;
    private final SubmissionLogPort submissions;
    private final TransactionPort transactions;
    private final Trail trail;
    private final PolicyBook book;
    private final Clock clock;
    private final CommandCheck check;

    CollectSubmissionService(RecordStorePort records, SubmissionLogPort submissions, TransactionPort transactions,
                             Trail trail, PolicyBook book, Clock clock, CommandCheck check) {
        this.records = records;
        this.submissions = submissions;
        this.transactions = transactions;
        this.trail = trail;
        this.book = book;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> collect(Command command) {
        return collect(command, SubmissionIntake.ChunkListener.NONE);
    }

    /** As {@link #collect(Command)}, telling {@code listener} each chunk's rejected rows once the chunk is stored. */
    Either<Rejection, Result> collect(Command command, SubmissionIntake.ChunkListener listener) {
        return check.check(command)
                .flatMap(valid -> Providers.byCode(valid.providerCode()).mapLeft(r -> r.atField("providerCode")))
                .flatMap(provider -> mayActFor(command, provider))
                .flatMap(provider -> Periods.underTheRegulations(command.period(), "period", book)
                        .flatMap(this::periodNotInFuture).map(ignored -> provider))
                .flatMap(provider -> store(command, provider, listener));
    }

    private Either<Rejection, Result> store(Command command, Provider provider,
                                            SubmissionIntake.ChunkListener listener) {
        return transactions.inTransaction(() -> new SubmissionIntake(records, book, clock, check, command.period(),
                provider, command.caller().actor(), MAX_ROWS, listener).take(command.rows()).map(done -> {
                    submissions.append(new SubmissionLogPort.Submission(provider.code(), command.period(),
                            clock.instant(), command.caller().actorId(), done.added().size(),
                            done.unchanged().size(), done.corrected().size(), done.rejected().size()));
                    return trail.bulk(command.caller(), Action.SUBMISSION_COLLECTED, provider.code() + " "
                            + command.period() + "：新增" + done.added().size() + "，未变" + done.unchanged().size()
                            + "，更正" + done.corrected().size() + "，拒绝" + done.rejected().size(), done);
                }));
    }

    private Either<Rejection, Provider> mayActFor(Command command, Provider provider) {
        return AccessPolicy.check(command.caller(), Permission.COLLECT_SUBMISSION, provider.code())
                .map(allowed -> provider)
                .mapLeft(refused -> refused.withLegalBasis(book.cite(command.period().atEndOfMonth(), "第四条")));
    }

    private Either<Rejection, YearMonth> periodNotInFuture(YearMonth period) {
        YearMonth now = YearMonth.from(ShanghaiTime.today(clock));
        return period.isAfter(now)
                ? Either.left(Rejection.of(RejectionCodes.SUBMISSION_PERIOD_IN_FUTURE, "period", period.toString(),
                        "不能报送尚未到来的月份（" + period + "）", "A submission cannot be for a month still to come ("
                                + period + ")"))
                : Either.right(period);
    }
}
