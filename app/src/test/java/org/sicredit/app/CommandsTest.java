package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The console commands, run as the program runs them (picocli), their output and exit codes read. */
class CommandsTest {

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

    private int run(String... args) {
        CommandLine command = new CommandLine(new SicreditCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
