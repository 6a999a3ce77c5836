package org.sicredit.adapters.file.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.contract.PlatformGatewayContract;
import org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.fixtures.Clocks;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformExchangeDirectoryTest extends PlatformGatewayContract {

    @TempDir
    Path temporary;

    private PlatformExchangeDirectory directory;
    private boolean failNext;

    @Override
    protected PlatformGatewayPort gateway() {
        directory = PlatformExchangeDirectory.at(temporary.resolve("exchange"), Clocks.on(2023, 7, 10));
        directory.beforePublish(() -> {
            if (failNext) {
                failNext = false;
                throw new java.io.UncheckedIOException(new IOException("No space left on device"));
            }
        });
        return directory;
    }

    @Override
    protected int held() {
        try (Stream<Path> manifests = Files.walk(temporary.resolve("exchange"))) {
            return (int) manifests.filter(path -> path.getFileName().toString().equals("manifest.json")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void failNextDelivery() {
        failNext = true;
    }

    @Test
    void a_monthly_report_is_read_back_by_independent_parsers_with_the_article_7_fields_and_a_true_manifest()
            throws Exception {
        gateway().submit(reportOfTwo()).get();
        Path message;
        try (Stream<Path> kinds = Files.list(temporary.resolve("exchange").resolve("report"))) {
            message = kinds.findFirst().get();
        }

        String csvText = Files.readString(message.resolve("lines.csv"), StandardCharsets.UTF_8);
        java.util.List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("记录编号", "事由", "日期", "文书编号",
                "失信主体名称或姓名", "统一社会信用代码（组织机构代码）或身份证号码", "法定代表人或主要负责人姓名",
                "法定代表人或主要负责人身份证号码", "失信类别", "严重程度", "提供单位", "失信行为结束日期");
        assertThat(rows.get(1).get("事由")).isEqualTo("伪造证明材料，\"骗取\"待遇,\r\n共计两次");
        assertThat(rows.get(1).get("统一社会信用代码（组织机构代码）或身份证号码")).isEqualTo("440524188001010014");

        ObjectMapper json = new ObjectMapper();
        java.util.List<JsonNode> lines = Files.readAllLines(message.resolve("lines.jsonl")).stream()
                .map(line -> read(json, line)).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("subjectIdentifier").asText()).isEqualTo("9131000013221158XC");
        assertThat(lines.get(1).get("cause").asText()).isEqualTo("伪造证明材料，\"骗取\"待遇,\r\n共计两次");

        JsonNode manifest = json.readTree(message.resolve("manifest.json").toFile());
        assertThat(manifest.get("period").asText()).isEqualTo("2023-06");
        assertThat(manifest.get("lines").asInt()).isEqualTo(2);
        assertThat(manifest.get("counts").toString()).contains("\"provider\":\"SHSI\",\"category\":\"1\",\"lines\":1",
                "\"provider\":\"EP-01\",\"category\":\"4\",\"lines\":1");
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = Files.readAllBytes(message.resolve(file.get("name").asText()));
            assertThat(file.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest
                    .getInstance("SHA-256").digest(bytes)));
            assertThat(file.get("bytes").asInt()).isEqualTo(bytes.length);
        }
    }

    @Test
    void the_directory_is_created_owner_only_and_its_files_too_and_a_directory_others_may_enter_is_refused()
            throws Exception {
        gateway().submit(reportOfTwo()).get();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary.resolve("exchange"))))
                .isEqualTo("rwx------");
        try (Stream<Path> all = Files.walk(temporary.resolve("exchange"))) {
            all.filter(Files::isRegularFile).forEach(file -> assertThat(permissions(file)).as(file.toString())
                    .isEqualTo("rw-------"));
        }
        Path open = Files.createDirectory(temporary.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThatThrownBy(() -> PlatformExchangeDirectory.at(open, Clocks.on(2023, 7, 10)))
                .hasMessageContaining("0700").hasMessageContaining(open.toString());
    }

    @Test
    void a_failed_delivery_leaves_no_temporary_directory_behind() throws Exception {
        PlatformGatewayPort gateway = gateway();
        failNextDelivery();

        assertThat(gateway.submit(reportOfTwo()).isLeft()).isTrue();

        try (Stream<Path> left = Files.list(temporary.resolve("exchange"))) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".incoming"));
        }
    }

    private static PlatformReport reportOfTwo() {
        return report("report-2023-06");
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
