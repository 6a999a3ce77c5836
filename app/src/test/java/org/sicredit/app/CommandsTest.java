package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The console commands, run as the program runs them (picocli), their output and exit codes read. */
class CommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void the_deadline_arithmetic_counts_national_day_and_its_make_up_saturday() {
        assertThat(run("calendar", "add-working-days", "2020-09-30", "5")).isZero();
        assertThat(run("calendar", "working-days", "2020-09-30", "2020-10-14")).isZero();

        assertThat(out.toString().lines()).containsExactly("2020-10-14", "5");
    }

    @Test
    void a_year_the_holiday_schedules_do_not_hold_is_an_error_with_its_reason_never_a_guess() {
        assertThat(run("calendar", "add-working-days", "2030-09-30", "5", "--lang", "en")).isEqualTo(1);

        assertThat(err.toString()).startsWith("CALENDAR_YEAR_NOT_COVERED: ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void keys_are_added_shown_once_listed_without_their_secret_and_revoked(@TempDir Path data) {
        assertThat(run("keys", "add", "--role", "OFFICER", "--label", "窗口3号", "--data", data.toString())).isZero();
        String[] added = out.toString().strip().split(" ");
        out.getBuffer().setLength(0);

        assertThat(run("keys", "list", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains(added[0]).contains("OFFICER").contains("窗口3号").doesNotContain(added[1]);
        out.getBuffer().setLength(0);
        assertThat(run("keys", "revoke", added[0], "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("已撤销");
        assertThat(run("keys", "add", "--role", "PROVIDER", "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("API_KEY_SCOPE：");
        assertThat(added[1]).matches("sk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    }

    @Test
    void a_lookup_at_the_console_shows_the_records_and_measures_as_of_a_day_and_is_audited(@TempDir Path data) {
        AppSettings settings = AppSettings.resolve(java.util.Map.of("data.dir", data.toString()), name -> null,
                new java.util.Properties());
        try (Composition composition = Composition.open(settings, CLOCK)) {
            composition.sicredit().collectSubmission().collect(new CollectSubmissionUseCase.Command(
                    Caller.provider("clerk", "SHSI"), "SHSI", YearMonth.of(2020, 6), java.util.List.of(
                            new CollectSubmissionUseCase.Row(1, aRecord().draft())))).get();
            composition.sicredit().reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer"),
                    YearMonth.of(2020, 6))).get();
            composition.sicredit().relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();
        }

        assertThat(run("lookup", "9131000013221158XC", "--purpose", "行政许可审查", "--as-of", "2020-07-10",
                "--data", data.toString())).isZero();
        String table = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("lookup", "9131000013221158XC", "--purpose", "复核", "--json", "--data", data.toString()))
                .isZero();

        assertThat(table).startsWith("截至 2020-07-10：").contains("有效失信信息 1 条").contains("惩戒措施：");
        assertThat(out.toString()).contains("\"activeRecords\"").contains("沪人社监罚〔2019〕第0315号");
        try (Composition composition = Composition.open(settings, CLOCK)) {
            assertThat(composition.stores().auditLog().entriesByActor("console:" + System.getProperty("user.name"))
                    .map(entry -> entry.purpose())).containsExactly("行政许可审查", "复核");
        }
    }

    @Test
    void the_bureau_reports_a_month_sees_it_queued_sweeps_and_prints_the_catalogue_and_the_template(@TempDir Path data) {
        AppSettings settings = AppSettings.resolve(java.util.Map.of("data.dir", data.toString()), name -> null,
                new java.util.Properties());
        try (Composition composition = Composition.open(settings, CLOCK)) {
            composition.sicredit().collectSubmission().collect(new CollectSubmissionUseCase.Command(
                    Caller.provider("clerk", "SHSI"), "SHSI", YearMonth.of(2020, 6), java.util.List.of(
                            new CollectSubmissionUseCase.Row(1, aRecord().draft())))).get();
        }
        String dir = data.toString();

        assertThat(run("report", "--period", "2020-06", "--data", dir)).isZero();
        assertThat(run("outbox", "--data", dir)).isZero();
        assertThat(run("expire", "--data", dir)).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString()).startsWith("2020-06：已排队报送 1 条").contains("MONTH_REPORT").contains("PENDING")
                .contains("0 条失信信息已到期");
        out.getBuffer().setLength(0);
        assertThat(run("catalogue", "--data", dir)).isZero();
        assertThat(out.toString()).contains("沪人社规〔2018〕30号");
        assertThat(run("template", "--out", data.resolve("模板.csv").toString(), "--data", dir)).isZero();
        assertThat(data.resolve("模板.csv")).isNotEmptyFile();
        assertThat(run("report", "--period", "2020-13", "--data", dir)).isEqualTo(2);
        out.getBuffer().setLength(0);
        assertThat(run("stats", "--from", "2020-01", "--to", "2020-12", "--data", dir)).isZero();
        assertThat(out.toString()).contains("合计").contains(",1\r\n");
        out.getBuffer().setLength(0);
        assertThat(run("lookup", "9131000013221158XC", "--purpose", "复核", "--data", dir)).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("audit", "9131000013221158XC", "--purpose", "年度审计", "--data", dir)).isZero();
        assertThat(out.toString()).contains("console:").contains("LOOKUP").contains("复核");
    }

    private int run(String... args) {
        CommandLine command = SicreditCommand.commandLine(new SicreditCommand(CLOCK));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
