package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.Subjects.creditCode;

/** The built program on a real PostgreSQL, configured the way an operator does it: the environment. */
class PostgresProgramIT {

    private final String database = TestPostgres.freshDatabase();

    @TempDir
    Path work;

    @Test
    void ingest_report_lookup_and_serve_run_on_postgresql_and_a_restart_keeps_every_record() throws Exception {
        Program program = new Program(work, Map.of("SICREDIT_DB_URL", database,
                "SICREDIT_DB_USER", "postgres", "SICREDIT_DATA", "data"));
        YearMonth june = YearMonth.of(2023, 6);
        Path file = SubmissionCsv.write(work.resolve("june.csv"), SubmissionCsv.row(1, june),
                SubmissionCsv.row(2, june), SubmissionCsv.BROKEN_ROW);

        Program.Run ingested = program.run("ingest", file.toString(), "--provider", "SHSI", "--period", "2023-06");
        assertThat(ingested.exit()).as(ingested.err()).isEqualTo(2);
        assertThat(ingested.out()).contains("新增 2 条").contains("拒收 1 行");
        assertThat(program.run("report", "--period", "2023-06").exit()).isZero();
        assertThat(program.run("outbox", "--relay").out()).contains("投递：成功 1");
        String lookup = program.run("lookup", creditCode(2), "--purpose", "端到端测试", "--json").out();
        assertThat(lookup).contains("\"activeRecords\"").contains("\"providerCode\" : \"SHSI\"");

        try (Program.Running serve = program.start("serve", "--port", "0")) {
            String base = serve.await(Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/v1)"), Duration.ofMinutes(1))
                    .group(1);
            String bureau = serve.await(Pattern.compile("BUREAU +(sk_\\S+)"), Duration.ofSeconds(5)).group(1);
            HttpResponse<String> objections = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/objections")).header("Authorization", "Bearer " + bureau).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(objections.statusCode()).isEqualTo(200);
            assertThat(serve.out()).contains("数据库：jdbc:postgresql://");
            serve.terminate();
        }
        assertThat(program.run("lookup", creditCode(2), "--purpose", "端到端测试", "--json").out())
                .as("the same after a restart").isEqualTo(lookup);
    }
}
