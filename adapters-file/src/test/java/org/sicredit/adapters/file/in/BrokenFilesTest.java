package org.sicredit.adapters.file.in;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.rejection.Rejection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.adapters.file.in.TestFiles.HEADER;
import static org.sicredit.adapters.file.in.TestFiles.csv;
import static org.sicredit.adapters.file.in.TestFiles.row;

/** A file that is not a submission is refused with one clear rejection, however it is broken. */
class BrokenFilesTest {

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertRefused(Reading.all(new byte[0]), "FILE_EMPTY", "空");
        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, true, "")), "FILE_EMPTY", "空");
    }

    @Test
    void a_binary_is_refused_as_neither_text_nor_a_workbook() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRefused(Reading.all(png), "FILE_FORMAT", "不是文本");
    }

    @Test
    void an_old_xls_workbook_is_refused_with_how_to_save_it() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertRefused(Reading.all(ole2), "FILE_FORMAT", ".xls");
    }

    @Test
    void a_file_with_other_headers_is_refused_naming_the_column_it_does_not_know() {
        Either<Rejection, ?> refused = Reading.all(csv(StandardCharsets.UTF_8, false, "姓名,身份证号,欠费金额", "王五,1,2"));

        assertRefused(refused, "FILE_UNKNOWN_COLUMN", "不认识的列“姓名”");
        assertThat(refused.getLeft().messageEn()).contains("Unknown column \"姓名\"");
    }

    @Test
    void a_file_without_a_header_does_not_quote_the_id_number_it_starts_with() {
        Either<Rejection, ?> refused = Reading.all(csv(StandardCharsets.UTF_8, false, "李四," + Subjects.PERSON_ID
                + ",4", "王五,1,2"));

        assertRefused(refused, "FILE_UNKNOWN_COLUMN", "李四");
        assertThat(refused.getLeft().messageZh() + refused.getLeft().messageEn() + refused.getLeft().value())
                .doesNotContain(Subjects.PERSON_ID);
    }

    @Test
    void a_header_without_a_required_column_is_refused_listing_what_is_missing() {
        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, false, "失信主体名称,统一社会信用代码,失信类别,事由,文书编号",
                "x,y,1,z,D")), "FILE_MISSING_COLUMN", "失信行为日期");
    }

    @Test
    void a_column_named_twice_is_refused() {
        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, false, HEADER + ",amount")), "FILE_DUPLICATE_COLUMN",
                "金额");
    }

    @Test
    void a_csv_with_a_ten_megabyte_line_is_refused_without_reading_it_whole() {
        StringBuilder huge = new StringBuilder(row(Subjects.SPDB_CODE, "D-2", "2024-05-31"));
        huge.append(",").append("x".repeat(10 << 20));

        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, row(Subjects.SPDB_CODE, "D-1",
                "2024-05-31"), huge.toString())), "FILE_TOO_LARGE", "第3行超过 16384 个字符");
    }

    @Test
    void a_workbook_row_longer_than_a_lawful_row_could_be_refuses_the_file() {
        String huge = "x".repeat(20_000);
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        String[] names = HEADER.split(",");
        for (int c = 0; c < names.length; c++) {
            header.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(names[c])
                    .append("</t></is></c>");
        }
        Map<String, byte[]> parts = TestFiles.workbookParts(header + "</row><row r=\"2\"><c r=\"A2\" "
                + "t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>");

        assertRefused(Reading.all(TestFiles.zip(parts)), "FILE_TOO_LARGE", "第2行超过 16384 个字符");
    }

    @Test
    void a_quote_never_closed_is_refused_naming_the_row_it_opened_in() {
        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, row(Subjects.SPDB_CODE, "D-1",
                "2024-05-31"), "\"上海示例贸易有限公司," + Subjects.SPDB_CODE)), "FILE_FORMAT", "第3行");
    }

    @Test
    void bytes_that_stop_being_text_after_the_first_sixty_four_kilobytes_refuse_the_whole_file() {
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; text.length() < 70_000; i++) {
            text.append(row(Subjects.SPDB_CODE, "D-" + i, "2024-05-31")).append("\r\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 2);
        broken[good.length] = (byte) 0xC3;
        broken[good.length + 1] = (byte) 0x28;

        assertRefused(Reading.all(broken), "FILE_ENCODING", "UTF-8");
    }

    @Test
    void a_file_sent_as_one_format_that_is_the_other_is_refused() {
        assertRefused(Reading.all(csv(StandardCharsets.UTF_8, false, HEADER), FileFormat.XLSX), "FILE_FORMAT",
                "不是所说的 XLSX");
    }

    @Test
    void a_zip_that_is_no_workbook_and_a_truncated_workbook_are_refused() {
        assertRefused(Reading.all(TestFiles.zip(Map.of("readme.txt", TestFiles.utf8("hello")))), "FILE_FORMAT",
                "Excel");
        byte[] workbook = TestFiles.zip(TestFiles.workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x"
                + "</t></is></c></row>"));
        assertRefused(Reading.all(java.util.Arrays.copyOf(workbook, workbook.length / 2)), "FILE_FORMAT", "Excel");
    }

    @Test
    void a_workbook_whose_sheet_declares_entities_is_refused_and_reads_no_file_of_the_server() {
        Map<String, byte[]> parts = TestFiles.workbookParts("");
        parts.put("xl/worksheets/sheet1.xml", TestFiles.utf8("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY secret "
                + "SYSTEM \"file:///etc/hostname\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;&b;</t></is></c></row></sheetData>"
                + "</worksheet>"));

        Either<Rejection, ?> answer = Reading.all(TestFiles.zip(parts));

        assertThat(answer.isLeft()).isTrue();
        assertThat(answer.getLeft().code()).startsWith("FILE_");
    }

    @Test
    void a_workbook_that_expands_past_its_limit_is_refused_as_a_zip_bomb_and_leaves_no_temporary_file()
            throws Exception {
        Path temporary = Files.createTempDirectory("bomb");
        byte[] zeros = new byte[64 << 20];
        Map<String, byte[]> parts = TestFiles.workbookParts("");
        parts.put("xl/worksheets/sheet1.xml", zeros);

        Either<Rejection, ?> refused = new SubmissionFiles(XlsxRecords.Limits.DEFAULT, temporary)
                .open(new ByteArrayInputStream(TestFiles.zip(parts)), FileFormat.DETECT);

        assertRefused(refused, "FILE_TOO_LARGE", "压缩比异常");
        try (var left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
        Either<Rejection, ?> pastTheTotal = new SubmissionFiles(new XlsxRecords.Limits(1 << 30, 8 << 20, 1_000_000,
                100, 1 << 30), temporary).open(new ByteArrayInputStream(TestFiles.zip(parts)), FileFormat.DETECT);
        assertRefused(pastTheTotal, "FILE_TOO_LARGE", "解压后超过 8 MB");
        Map<String, byte[]> strings = TestFiles.workbookParts("");
        strings.put("xl/sharedStrings.xml", new byte[12 << 20]);
        Either<Rejection, ?> pastTheStrings = new SubmissionFiles(new XlsxRecords.Limits(1 << 30, 1 << 30, 1_000_000,
                100, 8 << 20), temporary).open(new ByteArrayInputStream(TestFiles.zip(strings)), FileFormat.DETECT);
        assertRefused(pastTheStrings, "FILE_TOO_LARGE", "共享字符串表解压后超过 8 MB");
    }

    private static void assertRefused(Either<Rejection, ?> answer, String code, String saying) {
        assertThat(answer.isLeft()).as("refused").isTrue();
        assertThat(answer.getLeft().code()).isEqualTo(code);
        assertThat(answer.getLeft().messageZh() + " " + answer.getLeft().messageEn()).contains(saying);
    }
}
