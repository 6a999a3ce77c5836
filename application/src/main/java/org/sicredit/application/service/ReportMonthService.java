package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport;
import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.Organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;

final class ReportMonthService implements ReportMonthUseCase {

    private final RecordStorePort records;
    private final SubmissionLogPort submissions;
    private final PlatformGatewayPort platform;
    private final TransactionPort transactions;
    private final PolicyBook book;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    ReportMonthService(RecordStorePort records, SubmissionLogPort submissions, PlatformGatewayPort platform,
                       TransactionPort transactions, PolicyBook book, Trail trail, Clock clock, CommandCheck check) {
        this.book = book;
        this.records = records;
        this.submissions = submissions;
        this.platform = platform;
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> report(Command command) {
        return check.check(command).flatMap(this::bureauOnly).flatMap(this::monthBegun)
                .flatMap(valid -> transactions.inTransaction(() -> reportClaimed(valid)));
    }

    /** Claims the month's submitted records, hands them to the Platform, and marks them once it acknowledged. */
    private Either<Rejection, Result> reportClaimed(Command valid) {
        Seq<DishonestyRecord> submitted = records.claimSubmittedFor(valid.period());
        Seq<String> missing = missingProviders(valid.period());
        String key = idempotencyKey(valid.period(), submitted);
        if (submitted.isEmpty()) {
            return Either.right(new Result(valid.period(), key, Option.none(), List.empty(), missing));
        }
        PlatformReport report = new PlatformReport(key, valid.period(), submitted.map(ReportMonthService::line));
        return platform.submit(report).flatMap(receipt -> markReported(valid, submitted)
                .map(reported -> trail.bulk(valid.caller(), Action.MONTH_REPORTED, valid.period() + "："
                                + reported.size() + "条，平台回执" + receipt.platformReference(),
                        new Result(valid.period(), key, Option.some(receipt), reported.map(DishonestyRecord::id),
                                missing))));
    }

    private Either<Rejection, Seq<DishonestyRecord>> markReported(Command command, Seq<DishonestyRecord> submitted) {
        Either<Rejection, Seq<Save>> saves = Either.sequenceRight(submitted.map(record -> record
                .report(command.caller().actor(), clock)
                .map(changed -> new Save(changed.record(), record.version()))));
        return saves.flatMap(records::saveAll);
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

    private static ReportLine line(DishonestyRecord record) {
        RecordContent content = record.content();
        Option<Organisation> organisation = Option.of(content.subject())
                .filter(Organisation.class::isInstance).map(Organisation.class::cast);
        return new ReportLine(record.id(), content.cause(), content.actDate().toString(), content.documentNumber(),
                content.subject().name().value(), content.subject().identifier().value(),
                organisation.map(o -> o.legalRepresentative().name().value()).getOrNull(),
                organisation.map(o -> o.legalRepresentative().residentIdNumber().value()).getOrNull(),
                content.category().item(), record.classification().severity().name(), record.provider().code(),
                content.actEndedOn().map(java.time.LocalDate::toString).getOrElse(""));
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
