package org.sicredit.adapters.jdbc;

import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Command;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;

import java.time.Clock;
import java.time.YearMonth;
import java.util.stream.IntStream;

import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * The process {@link CrashTest} kills: it collects one large submission through {@code CollectSubmission} — chunk
 * after chunk written inside the submission's one transaction — and says {@code HALFWAY} when it reads the row after
 * the first half, by which time that half is written but not committed. Arguments: JDBC URL, user, password, rows,
 * document-number prefix.
 */
public final class CrashingIngest {

    static final Caller CLERK = Caller.provider("clerk-001", "SHSI");
    static final YearMonth PERIOD = YearMonth.of(2019, 4);
    static final Clock CLOCK = Clocks.on(2019, 4, 25);

    private CrashingIngest() {
    }

    public static void main(String[] args) {
        var dataSource = DataSources.postgres(args[0] + "?ApplicationName=crashing-ingest", args[1], args[2]);
        JdbcStores stores = JdbcStores.migrate(dataSource, TestDatabases.KEYS, Policies.defaultBook());
        int rows = Integer.parseInt(args[3]);
        System.out.println("INGESTING");
        System.out.flush();
        sicredit(stores).collectSubmission().collect(submission(args[4], rows, rows / 2)).get();
        System.out.println("COMMITTED");
        System.out.flush();
    }

    static Sicredit sicredit(JdbcStores stores) {
        return TestDatabases.sicredit(stores, CLOCK, new InMemoryPlatformGateway(CLOCK)).build();
    }

    /** The submission's rows, read lazily; reading row {@code halfway + 1} says so on standard output. */
    static Command submission(String prefix, int rows, int halfway) {
        Iterable<Row> lazily = () -> IntStream.rangeClosed(1, rows).mapToObj(number -> {
            if (number == halfway + 1) {
                System.out.println("HALFWAY");
                System.out.flush();
            }
            return new Row(number, aRecord().documentNumber(prefix + number).draft());
        }).iterator();
        return new Command(CLERK, "SHSI", PERIOD, lazily);
    }
}
