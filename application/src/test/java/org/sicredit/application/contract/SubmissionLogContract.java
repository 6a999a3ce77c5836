package org.sicredit.application.contract;

import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.SubmissionLogPort.Submission;
import org.sicredit.application.port.out.SubmissionLogPort;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SubmissionLogPort} must do: keep every submission whole, in the order appended, by month. */
public abstract class SubmissionLogContract {

    /** A new, empty log for each test. */
    protected abstract SubmissionLogPort emptyLog();

    @Test
    void submissions_read_back_whole_per_month_in_the_order_appended() {
        SubmissionLogPort log = emptyLog();
        Submission second = new Submission("SHSI", YearMonth.of(2019, 4), Instant.parse("2019-04-30T02:00:00Z"),
                "clerk-001", 0, 3, 1, 0);
        Submission first = new Submission("SHLS", YearMonth.of(2019, 4), Instant.parse("2019-04-29T02:00:00.123Z"),
                "clerk-002", 5, 0, 0, 2);
        Submission may = new Submission("SHSI", YearMonth.of(2019, 5), Instant.parse("2019-05-30T02:00:00Z"),
                "clerk-001", 1, 0, 0, 0);

        log.append(second);
        log.append(first);
        log.append(may);
        log.append(second);

        assertThat(log.submissionsFor(YearMonth.of(2019, 4))).containsExactly(second, first, second);
        assertThat(log.submissionsFor(YearMonth.of(2019, 5))).containsExactly(may);
        assertThat(log.submissionsFor(YearMonth.of(2019, 6))).isEmpty();
    }
}
