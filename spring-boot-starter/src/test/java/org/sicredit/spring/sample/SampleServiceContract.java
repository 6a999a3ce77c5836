package org.sicredit.spring.sample;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.rejection.Rejection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample service on a real database over real HTTP on a loopback port: what an embedding team gets from the one
 * dependency, a {@code spring.datasource} and {@code sicredit.keys}. One subclass per database.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@Import(SampleServiceContract.OnTheDay.class)
abstract class SampleServiceContract {

    static final String CREDIT_CODE = "9131000013221158XC";
    static final YearMonth JUNE = YearMonth.of(2020, 6);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IntakeService intake;
    @Autowired
    private FailingService failing;
    @Autowired
    private ReportMonthUseCase reportMonth;
    @Autowired
    private RelayOutboxUseCase relayOutbox;
    @Autowired
    private OutboxPort outbox;
    @Autowired
    private Clock clock;
    @Autowired
    private TransactionPort transactions;
    @Autowired
    private CollectSubmissionUseCase collect;
    @Autowired
    private TransactionTemplate transactionTemplate;
    @Autowired
    private PlatformTransactionManager transactionManager;

    /** The day the tests run on, and a service of the test's that fails after the use case returned. */
    @TestConfiguration
    static class OnTheDay {

        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2020, 6, 30).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        FailingService failingService(IntakeService intake, LookUpSubjectUseCase lookUp, RelayOutboxUseCase relay) {
            return new FailingService(intake, lookUp, relay);
        }
    }

    /** A service method that collects, then fails: its transaction rolls back with sicredit's part in it. */
    @Service
    static class FailingService {

        private final IntakeService intake;
        private final LookUpSubjectUseCase lookUp;
        private final RelayOutboxUseCase relay;

        FailingService(IntakeService intake, LookUpSubjectUseCase lookUp, RelayOutboxUseCase relay) {
            this.intake = intake;
            this.lookUp = lookUp;
            this.relay = relay;
        }

        @Transactional
        public void relayThenFail() {
            relay.relay(new RelayOutboxUseCase.Command(Caller.system("outbox-relay"))).get();
            throw new IllegalStateException("the service fails after the relay delivered");
        }

        @Transactional
        public void lookUpThenFail(String identifier) {
            lookUp.lookUp(new LookUpSubjectUseCase.Query(Caller.officer("officer-001"), identifier,
                    LocalDate.of(2020, 6, 30), "行政许可核查")).get();
            throw new IllegalStateException("the service fails after it was shown the profile");
        }

        @Transactional
        public CollectSubmissionUseCase.Result receiveThenFail(SubmissionRequest request) {
            CollectSubmissionUseCase.Result collected = intake.receive(request, "clerk-001").get();
            if (collected.added().size() == 1) {
                throw new IllegalStateException("the service fails after the use case returned");
            }
            return collected;
        }
    }

    @Test
    void a_clerk_posts_a_submission_and_an_officer_finds_the_subject_once_the_month_is_reported() throws Exception {
        HttpResponse<String> posted = post("/submissions", """
                {"providerCode":"SHSI","period":"2020-06","rows":[{"subjectName":"上海示例贸易有限公司",
                 "subjectId":"%s","legalRepresentative":"张三","legalRepresentativeId":"11010519491231002X",
                 "category":1,"cause":"未按时足额缴纳社会保险费，被依法作出行政处罚决定","actDate":"2020-03-15",
                 "actEndedOn":"2020-03-20","documentNumber":"HTTP-1","amount":52000.00}]}""".formatted(CREDIT_CODE));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).contains("\"added\":1");

        reportMonth.report(new ReportMonthUseCase.Command(Caller.bureau("officer-001"), JUNE)).get();
        relayOutbox.relay(new RelayOutboxUseCase.Command(Caller.system("outbox-relay"))).get();
        HttpResponse<String> found = get("/subjects/" + CREDIT_CODE + "?purpose="
                + URLEncoder.encode("行政许可核查", StandardCharsets.UTF_8));

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).containsPattern("\"activeRecords\":[1-9]");
    }

    @Test
    void a_row_the_law_refuses_comes_back_by_its_code_and_a_bad_lookup_by_its_field() throws Exception {
        HttpResponse<String> posted = post("/submissions", """
                {"providerCode":"SHSI","period":"2020-06","rows":[{"subjectName":"上海示例贸易有限公司",
                 "subjectId":"9131000013221158XD","legalRepresentative":"张三",
                 "legalRepresentativeId":"11010519491231002X","category":1,"cause":"欠费","actDate":"2020-03-15",
                 "documentNumber":"HTTP-BAD","amount":100.00}]}""");
        HttpResponse<String> found = get("/subjects/" + CREDIT_CODE + "?purpose=");

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("USCC_CHECK_CHARACTER").doesNotContain("HTTP-BAD");
        assertThat(found.statusCode()).isEqualTo(422);
        assertThat(found.body()).contains("\"field\":\"purpose\"");
    }

    @Test
    void the_health_endpoint_reports_sicredit_up_with_each_check() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"sicredit\":{").contains("\"database\"").contains("\"migrations\"")
                .contains("\"keys\"").contains("\"outbox\"").doesNotContain("\"ok\":false");
    }

    @Test
    void the_rows_collected_are_counted_on_the_services_meter_registry() throws Exception {
        post("/submissions", submission("METER-1", 1));

        HttpResponse<String> metric = get("/actuator/metrics/sicredit.records.ingested?tag=outcome:added");

        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        assertThat(metric.body()).containsPattern("\"value\":[1-9]");
    }

    @Test
    void the_services_own_write_and_the_collected_submission_commit_together() {
        assertThat(transactionManager).as("a JDBC service (JpaTransactionsTest takes the JPA path)")
                .isInstanceOf(DataSourceTransactionManager.class);
        int before = intakeRows();

        intake.receive(request("TX-COMMIT"), "clerk-001").get();

        assertThat(intakeRows()).isEqualTo(before + 1);
        assertThat(records("TX-COMMIT")).isEqualTo(1);
    }

    @Test
    void when_the_service_throws_after_the_use_case_returned_nothing_of_either_stays() {
        int before = intakeRows();

        assertThatThrownBy(() -> failing.receiveThenFail(request("TX-ROLLBACK")))
                .hasMessageContaining("after the use case returned");

        assertThat(intakeRows()).isEqualTo(before);
        assertThat(records("TX-ROLLBACK")).isZero();
    }

    @Test
    void a_submission_sicredit_refuses_undoes_only_its_own_part_and_the_service_commits_its_own() {
        int before = intakeRows();
        SubmissionRequest refused = new SubmissionRequest("SHSI", JUNE, List.of());

        assertThat(intake.receive(refused, "clerk-001").getLeft().field()).isEqualTo("rows");

        assertThat(intakeRows()).as("the service's row, committed").isEqualTo(before + 1);
    }

    @Test
    void a_lookup_inside_a_transaction_the_service_rolls_back_keeps_its_audit_entry() {
        int before = auditEntries();

        assertThatThrownBy(() -> failing.lookUpThenFail(CREDIT_CODE)).hasMessageContaining("shown the profile");

        assertThat(auditEntries()).as("the disclosure stays on the trail").isEqualTo(before + 1);
    }

    @Test
    void the_relay_called_inside_the_services_transaction_delivers_outside_it_and_keeps_what_it_delivered() {
        OutboxPort.Envelope queued = outbox.enqueue(new OutboxPort.MonthReport("sample-" + System.nanoTime(),
                YearMonth.of(2020, 5), io.vavr.collection.List.empty()), clock.instant());

        assertThatThrownBy(() -> failing.relayThenFail()).hasMessageContaining("after the relay delivered");

        assertThat(outbox.findById(queued.id()).get().status()).isEqualTo(OutboxPort.Status.DELIVERED);
    }

    private int auditEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);
    }

    @Test
    void work_that_answers_a_rejection_after_writing_rolls_back_to_its_savepoint_and_the_service_commits_the_rest() {
        int before = intakeRows();

        transactionTemplate.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO intake_log (provider_code, period, rows_received) VALUES ('SHSI', '2020-06', 1)");
            Either<Rejection, Object> refused = transactions.inTransaction(() -> {
                collect.collect(request("TX-SAVEPOINT").command(Caller.provider("clerk-001", "SHSI"))).get();
                return Either.left(Rejection.of("SAMPLE_REFUSED", "rows", "", "拒绝", "Refused after writing"));
            });
            assertThat(refused.isLeft()).isTrue();
            assertThat(records("TX-SAVEPOINT")).as("undone at once, inside the service's transaction").isZero();
        });

        assertThat(intakeRows()).isEqualTo(before + 1);
        assertThat(records("TX-SAVEPOINT")).isZero();
    }

    private int intakeRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM intake_log", Integer.class);
    }

    private int records(String documentNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dishonesty_record WHERE document_number = ?", Integer.class,
                documentNumber);
    }

    /** A one-row submission whose document number is {@code tag}, so tests never meet. */
    private static SubmissionRequest request(String tag) {
        return new SubmissionRequest("SHSI", JUNE, List.of(new SubmissionRequest.Row("上海示例贸易有限公司", CREDIT_CODE, "张三",
                "11010519491231002X", 1, "未按时足额缴纳社会保险费，被依法作出行政处罚决定", LocalDate.of(2020, 3, 15),
                LocalDate.of(2020, 3, 20), tag, new BigDecimal("52000.00"))));
    }

    private static String submission(String documentNumber, int category) {
        return """
                {"providerCode":"SHSI","period":"2020-06","rows":[{"subjectName":"李四","subjectId":"440524188001010014",
                 "category":%d,"cause":"以伪造证明材料骗取社会保险待遇","actDate":"2020-03-15","documentNumber":"%s"}]}"""
                .formatted(category == 1 ? 4 : category, documentNumber);
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
