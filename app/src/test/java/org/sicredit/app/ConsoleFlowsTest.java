package org.sicredit.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.Subjects.creditCode;

/** A provider's file ingested, and an objection and a repair taken through every step, at the console. */
class ConsoleFlowsTest {

    /** Friday 2020-07-10, 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void a_good_file_is_stored_whole_with_exit_0_and_the_same_file_again_changes_nothing() throws IOException {
        Path file = csv("good.csv", row(1, "沪人社监罚〔2020〕第0101号"), row(2, "沪人社监罚〔2020〕第0102号"));

        assertThat(run("ingest", file.toString(), "--provider", "SHSI", "--period", "2020-06")).isZero();
        assertThat(out.toString()).isEqualTo("SHSI 2020-06：新增 2 条，未变 0 条，更正 0 条，拒收 0 行\n");
        assertThat(err.toString()).contains("read 100%");
        out.getBuffer().setLength(0);
        assertThat(run("ingest", file.toString(), "--provider", "SHSI", "--period", "2020-06", "--lang", "en"))
                .isZero();
        assertThat(out.toString()).isEqualTo("SHSI 2020-06: 0 stored, 2 unchanged, 0 corrected, 0 rejected\n");
        assertThat(file.resolveSibling("good.errors.csv")).doesNotExist();
    }

    @Test
    void a_file_with_a_broken_row_stores_the_others_writes_the_error_report_and_exits_2() throws IOException {
        Path file = csv("june.csv", row(1, "沪人社监罚〔2020〕第0101号"), SubmissionCsv.BROKEN_ROW);

        assertThat(run("ingest", file.toString(), "--provider", "SHSI", "--period", "2020-06")).isEqualTo(2);

        Path report = file.resolveSibling("june.errors.csv");
        assertThat(out.toString()).startsWith("SHSI 2020-06：新增 1 条，未变 0 条，更正 0 条，拒收 1 行\n")
                .contains("错误报告：" + report);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("USCC").contains("3")
                .doesNotContain("310101196001010011");
    }

    @Test
    void a_file_that_is_no_submission_or_is_missing_is_refused_with_exit_1_and_stores_nothing() throws IOException {
        Path file = csv("notes.csv", "名称,备注", "甲,乙");

        assertThat(run("ingest", file.toString(), "--provider", "SHSI", "--period", "2020-06")).isEqualTo(1);
        assertThat(run("ingest", data.resolve("none.csv").toString(), "--provider", "SHSI", "--period", "2020-06"))
                .isEqualTo(1);

        assertThat(run("ingest", data.resolve("11010519491231002X.csv").toString(), "--provider", "SHSI",
                "--period", "2020-06")).isEqualTo(1);
        assertThat(err.toString()).contains("FILE_UNKNOWN_COLUMN").contains("FILE_UNREADABLE：无法读取文件")
                .contains("1101**********002X.csv").doesNotContain("11010519491231002X");
        assertThat(run("stats", "--from", "2020-06", "--to", "2020-06")).isZero();
        assertThat(out.toString()).doesNotContain(",1\r\n");
    }

    @Test
    void an_objection_received_on_paper_days_ago_counts_its_deadlines_from_that_day_and_is_decided_step_by_step()
            throws IOException {
        String recordId = reportedRecord();

        assertThat(run("objection", "receive", recordId, "--grounds", "已于2020年5月补缴", "--received-on", "2020-07-06"))
                .isZero();
        String objectionId = out.toString().split("\\s+")[0];
        assertThat(out.toString()).contains("2020-07-06  市公共信用信息服务中心收到异议申请");
        out.getBuffer().setLength(0);
        assertThat(run("objection", "list", "--overdue", "--lang", "en")).isZero();
        assertThat(out.toString()).contains(objectionId).contains("MARKED due 2020-07-07 OVERDUE by 3 working days");
        out.getBuffer().setLength(0);

        assertThat(run("objection", "mark", objectionId)).isZero();
        assertThat(run("objection", "forward", objectionId)).isZero();
        assertThat(run("objection", "notify", objectionId)).isZero();
        assertThat(run("objection", "verify", objectionId, "--provider", "SHSI", "--finding", "补缴属实")).isZero();
        assertThat(run("objection", "decide", objectionId, "--decision", "UPHOLD", "--reason", "补缴不影响失信事实"))
                .isZero();

        assertThat(out.toString()).contains("CENTRE_INFORMED UPHOLD").contains("2020-07-10  作出是否更正的决定");
        assertThat(run("objection", "receive", recordId, "--grounds", "再次", "--received-on", "2020-07-11"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("STEP_DATE_IN_FUTURE");
    }

    @Test
    void a_repair_is_applied_for_verified_and_proven_and_a_mistyped_id_is_refused_without_echoing_it()
            throws IOException {
        String recordId = reportedRecord();

        assertThat(run("repair", "apply", recordId, "--ground", "OBLIGATIONS_FULFILLED", "--explanation", "已补缴",
                "--evidence", "补缴凭证 2020-07-01")).isZero();
        String applicationId = out.toString().split("\\s+")[0];
        assertThat(run("repair", "verify", applicationId, "--provider", "SHSI", "--finding", "凭证属实")).isZero();
        assertThat(run("repair", "proof", applicationId, "--provider", "SHSI", "--number", "沪社保修复〔2020〕1号"))
                .isZero();

        assertThat(out.toString()).contains("证据：补缴凭证 2020-07-01").contains("已核实 2020-07-10")
                .contains("已出具证明 沪社保修复〔2020〕1号 2020-07-10").contains("平台撤下期限 ");
        assertThat(run("repair", "verify", "310101196001010011x", "--provider", "SHSI", "--finding", "-"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("REPAIR_NOT_FOUND").doesNotContain("310101196001010011");
    }

    /** A record ingested for 2020-06, reported and relayed to the exchange directory: on the Platform. */
    private String reportedRecord() throws IOException {
        Path file = csv("one.csv", row(7, "沪人社监罚〔2020〕第0107号"));
        assertThat(run("ingest", file.toString(), "--provider", "SHSI", "--period", "2020-06")).isZero();
        assertThat(run("report", "--period", "2020-06")).isZero();
        assertThat(run("outbox", "--relay")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("lookup", creditCode(7), "--purpose", "异议受理", "--json")).isZero();
        JsonNode profile = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        return profile.get("activeRecords").get(0).get("id").asText();
    }

    private static String row(int organisation, String document) {
        return "上海示例" + organisation + "号有限公司," + creditCode(organisation)
                + ",张三,11010519491231002X,1,未按时足额缴纳社会保险费,2020-06-0" + organisation % 9 + "," + document
                + ",52000.00";
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = data.resolve(name);
        Files.writeString(file, (rows[0].startsWith("名称") ? "" : SubmissionCsv.HEADER + "\r\n") + String.join("\r\n", rows)
                + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        CommandLine command = SicreditCommand.commandLine(new SicreditCommand(CLOCK));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] withData = java.util.Arrays.copyOf(args, args.length + 2);
        withData[args.length] = "--data";
        withData[args.length + 1] = data.resolve("db").toString();
        return command.execute(withData);
    }
}
