package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.OutboxPort.Envelope;
import org.sicredit.application.port.out.OutboxPort.MonthReport;
import org.sicredit.application.port.out.OutboxPort.RecordVersion;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;

final class ReportMonthService implements ReportMonthUseCase {

    private final RecordStorePort records;
    private final SubmissionLogPort submissions;
    private final OutboxPort outbox;
    private final TransactionPort transactions;
    private final PolicyBook book;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    ReportMonthService(RecordStorePort records, SubmissionLogPort submissions, OutboxPort outbox,
                       TransactionPort transactions, PolicyBook book, Trail trail, Clock clock, CommandCheck check) {
        this.book = book;
        this.records = records;
        this.submissions = submissions;
        this.outbox = outbox;
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> report(Command command) {
        return check.check(command).flatMap(this::bureauOnly)
                .flatMap(valid -> Periods.underTheRegulations(valid.period(), "period", book).map(ignored -> valid))
                .flatMap(this::monthBegun)
                .flatMap(valid -> transactions.inTransaction(() -> reportClaimed(valid)));
    }

    /**
     * Claims the month's submitted records and queues one report of those not already queued at the same version;
     * the relay delivers it after commit and marks them reported when the Platform acknowledges.
     */
    private Either<Rejection, Result> reportClaimed(Command valid) {
        Set<RecordVersion> queuedBefore = alreadyQueued(valid.period());
        Seq<DishonestyRecord> toReport = records.claimSubmittedFor(valid.period())
                .filter(record -> !queuedBefore.contains(versionOf(record)));
        Seq<String> missing = missingProviders(valid.period());
        String key = idempotencyKey(valid.period(), toReport);
        if (toReport.isEmpty()) {
            return Either.right(new Result(valid.period(), key, Option.none(), List.empty(), missing));
        }
        Envelope queued = outbox.enqueue(new MonthReport(key, valid.period(), toReport.map(ReportMonthService::versionOf)),
                clock.instant());
        return Either.right(trail.bulk(valid.caller(), Action.MONTH_REPORTED, valid.period() + "：" + toReport.size()
                        + "条，已排队报送（消息" + queued.id() + "）",
                new Result(valid.period(), key, Option.some(queued.id()), toReport.map(DishonestyRecord::id), missing)));
    }

    private Set<RecordVersion> alreadyQueued(YearMonth period) {
        return outbox.undelivered()
                .filter(envelope -> envelope.status() == OutboxPort.Status.PENDING)
                .map(Envelope::message)
                .filter(MonthReport.class::isInstance).map(MonthReport.class::cast)
                .filter(report -> report.period().equals(period))
                .flatMap(MonthReport::records)
                .toSet();
    }

    private static RecordVersion versionOf(DishonestyRecord record) {
        return new RecordVersion(record.id(), record.version());
    }

    private Either<Rejection, Command> bureauOnly(Command command) {
        return AccessPolicy.check(command.caller(), Permission.REPORT_MONTH).map(allowed -> command)
                .mapLeft(refused -> refused.withLegalBasis(book.cite(command.period().atEndOfMonth(), "第七条第二款")));
    }

    private Either<Rejection, Command> monthBegun(Command command) {
        YearMonth now = YearMonth.from(ShanghaiTime.today(clock));
        return command.period().isAfter(now)
                ? Either.left(Rejection.of(RejectionCodes.REPORT_PERIOD_IN_FUTURE, "period", command.period().toString(),
                        "不能报送尚未到来的月份", "A month still to come cannot be reported"))
                : Either.right(command);
    }

    private Seq<String> missingProviders(YearMonth period) {
        Seq<String> submitted = submissions.submissionsFor(period).map(SubmissionLogPort.Submission::providerCode);
        return Providers.all().map(Provider::code).filter(code -> !submitted.contains(code));
    }

    /** The same records at the same versions give the same key, so a repeated report is recognised. */
    static String idempotencyKey(YearMonth period, Seq<DishonestyRecord> records) {
        String content = records.sortBy(r -> r.id().toString())
                .map(r -> r.id() + "@" + r.version())
                .mkString(period + ";", ",", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sicredit-report-" + period + "-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
