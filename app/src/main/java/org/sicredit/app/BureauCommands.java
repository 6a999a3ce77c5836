package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.adapters.file.out.CatalogueFiles;
import org.sicredit.adapters.file.out.SubmissionTemplate;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.rejection.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

/** The Bureau's work at the console: a month's report, the outbox, the expiry sweep, the catalogue, the template. */
final class BureauCommands {

    private BureauCommands() {
    }

    private static Caller bureau() {
        return ConsoleCallers.bureau();
    }

    /** Shared parts of each command. */
    abstract static class Base extends ConsoleCommand implements Callable<Integer> {
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"向平台报送某月的失信信息（经发件箱投递）。", "Reports a month to the Platform (through the outbox)."})
    static final class Report extends Base {

        @Option(names = "--period", required = true, description = "YYYY-MM")
        YearMonth period;

        @Override
        public Integer call() {
            Console console = console();
            return console.run(composition -> composition.sicredit().reportMonth()
                    .report(new ReportMonthUseCase.Command(bureau(), period)).map(result -> {
                        console.out().printf(console.english() ? "%s: %d records queued; not submitted: %s%n"
                                        : "%s：已排队报送 %d 条；未报送的提供单位：%s%n", result.period(),
                                result.queued().size(), result.providersNotSubmitted().mkString(", "));
                        return 0;
                    }));
        }
    }

    @Command(name = "outbox", mixinStandardHelpOptions = true,
            description = {"尚未投递（或已彻底失败）的消息。", "Messages not yet delivered, or failed for good."})
    static final class Outbox extends Base {

        @Option(names = "--failed", description = "只列彻底失败的 / only those failed for good")
        boolean failed;

        @Option(names = "--relay", description = "先投递到期的消息（serve 每分钟自动投递）/ first relay what is due "
                + "(serve does it every minute)")
        boolean relay;

        @Override
        public Integer call() {
            Console console = console();
            return console.run(composition -> (relay ? relayed(composition, console) : Either.<Rejection, Integer>right(0))
                    .flatMap(unused -> composition.sicredit().listUndeliveredMessages()
                    .list(new ListUndeliveredMessagesUseCase.Query(bureau(), failed)).map(messages -> {
                        messages.forEach(message -> console.out().printf("%s %-20s %-8s %d %s %s%n", message.id(),
                                message.kind(), message.status(), message.attempts(), message.nextAttemptAt(),
                                message.lastError().getOrElse("")));
                        return 0;
                    })));
        }

        private static Either<Rejection, Integer> relayed(Composition composition, Console console) {
            return composition.sicredit().relayOutbox().relay(new RelayOutboxUseCase.Command(bureau())).map(result -> {
                console.out().printf(console.english() ? "relayed: %d delivered, %d to retry, %d failed for good%n"
                                : "投递：成功 %d，待重试 %d，彻底失败 %d%n", result.delivered().size(),
                        result.retrying().size(), result.failed().size());
                return 0;
            });
        }
    }

    @Command(name = "expire", mixinStandardHelpOptions = true,
            description = {"使查询期已满的失信信息到期。", "Expires the records whose query period is over."})
    static final class Expire extends Base {

        @Option(names = "--as-of", description = "以哪天为准（默认今天，不能晚于今天）/ the day the sweep runs as of "
                + "(default today; not a day to come)")
        LocalDate asOf;

        @Override
        public Integer call() {
            Console console = console();
            return console.dated(asOf, "asOf", composition -> composition.sicredit().expireRecords()
                    .expire(new ExpireRecordsUseCase.Command(bureau())), result -> console.out().printf(
                            console.english() ? "%d records expired%n" : "%d 条失信信息已到期%n", result.expired().size()));
        }
    }

    @Command(name = "catalogue", mixinStandardHelpOptions = true,
            description = {"某日有效的失信信息目录与严重失信名单。", "The catalogue and the serious list in force on a day."})
    static final class Catalogue extends Base {

        @Option(names = "--format", defaultValue = "md", description = "md 或 csv")
        String format;

        @Option(names = "--on", description = "日期（默认今天）/ the day (default today)")
        LocalDate on;

        @Override
        public Integer call() {
            Console console = console();
            return console.run(composition -> composition.sicredit().produceCatalogue()
                    .produce(new ProduceCatalogueUseCase.Query(on != null ? on : ShanghaiTime.today(program.clock())))
                    .map(catalogue -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        CatalogueFiles.writeCatalogue(catalogue, "csv".equals(format) ? CatalogueFiles.Format.CSV
                                : CatalogueFiles.Format.MARKDOWN, out);
                        console.out().print(out.toString(StandardCharsets.UTF_8));
                        console.out().flush();
                        return 0;
                    }));
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"按月、类别、严重程度、提供单位、状态统计（CSV）。",
                    "Counts by month, category, severity, provider and state (CSV)."})
    static final class Stats extends Base {

        @Option(names = "--from", required = true, description = "YYYY-MM")
        YearMonth from;

        @Option(names = "--to", required = true, description = "YYYY-MM")
        YearMonth to;

        @Override
        public Integer call() {
            Console console = console();
            return console.run(composition -> composition.sicredit().produceStatistics()
                    .produce(new org.sicredit.application.port.in.ProduceStatisticsUseCase.Query(bureau(), from, to))
                    .map(statistics -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        CatalogueFiles.writeStatistics(statistics, out);
                        console.out().print(out.toString(StandardCharsets.UTF_8));
                        console.out().flush();
                        return 0;
                    }));
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"谁、何时、为何查询或改动了某主体（审计人员）。", "Who looked at or changed a subject, when and why."})
    static final class Audit extends Base {

        @picocli.CommandLine.Parameters(paramLabel = "SUBJECT", description = "主体标识 / the subject's identifier")
        String subject;

        @Option(names = "--purpose", required = true, description = "审计目的 / why (itself audited)")
        String purpose;

        @Override
        public Integer call() {
            Console console = console();
            Caller auditor = Caller.auditor(ConsoleCallers.actor());
            return console.run(composition -> composition.sicredit().readAuditTrail()
                    .read(new org.sicredit.application.port.in.ReadAuditTrailUseCase.Query(auditor, subject, purpose))
                    .map(entries -> {
                        entries.forEach(entry -> console.out().printf("%s %-24s %-8s %-18s %s%s%n", entry.at(),
                                entry.actorId(), entry.role(), entry.action(), entry.purpose(),
                                entry.refusal().map(code -> " [" + code + "]").getOrElse("")));
                        return 0;
                    }));
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"报送模板（现行目录的类别）。", "The submission template, with the categories in force."})
    static final class Template extends Base {

        @Option(names = "--format", defaultValue = "csv", description = "csv 或 xlsx")
        String format;

        @Option(names = "--out", required = true, description = "写入的文件 / the file to write")
        Path out;

        @Override
        public Integer call() {
            Console console = console();
            return console.answer(Policies.defaultBook().measureOn(ShanghaiTime.today(program.clock()))
                    .orElse(() -> Policies.defaultBook().measureOn(Policies.HU_RENSHE_GUI_2018_30.effectiveUntil()))
                    .flatMap(measure -> {
                        try (var target = Files.newOutputStream(out)) {
                            SubmissionTemplate.write("xlsx".equals(format) ? SubmissionTemplate.Format.XLSX
                                    : SubmissionTemplate.Format.CSV, measure.categories(), target);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        console.out().println(out);
                        return Either.right(0);
                    }));
        }
    }
}
