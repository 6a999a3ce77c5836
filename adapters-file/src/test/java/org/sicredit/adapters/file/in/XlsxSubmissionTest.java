package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.record.RecordDraft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxSubmissionTest {

    private static final java.util.List<Object> HEADER = Arrays.asList(TestFiles.HEADER.split(",", -1));

    @Test
    void a_workbooks_cells_of_every_type_are_read_dates_numbers_text_and_booleans() {
        java.util.List<Object> header = new java.util.ArrayList<>(HEADER);
        header.add("已公告");
        byte[] workbook = TestFiles.xlsx(java.util.List.of(header,
                java.util.List.of("上海示例贸易有限公司", Subjects.SPDB_CODE, "张三", Subjects.REPRESENTATIVE_ID, 1,
                        "未按时足额缴纳社会保险费", LocalDate.of(2024, 5, 31), "沪人社监罚〔2024〕第0531号", 52000.5, true),
                java.util.List.of("上海示例贸易有限公司", Subjects.SPDB_CODE, "张三", Subjects.REPRESENTATIVE_ID, "2",
                        "逾期仍未缴纳", "2024/6/3", 12345, new BigDecimal("1E+4"), false)));

        List<FileRow> rows = Reading.all(workbook).get();

        RecordDraft first = Reading.draft(rows.get(0));
        assertThat(rows.map(FileRow::number)).containsExactly(2, 3);
        assertThat(first.actDate()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(first.amount()).isEqualByComparingTo("52000.5");
        assertThat(first.categoryItem()).isEqualTo(1);
        assertThat(first.publicNoticeIssued()).isTrue();
        RecordDraft second = Reading.draft(rows.get(1));
        assertThat(second.documentNumber()).isEqualTo("12345");
        assertThat(second.amount()).isEqualByComparingTo("10000");
        assertThat(second.actDate()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(second.publicNoticeIssued()).isFalse();
    }

    @Test
    void a_formula_is_read_as_its_cached_value_and_shared_strings_as_their_text() {
        String header = cells(1, HEADER.toArray(new Object[0]));
        String row = "<row r=\"2\">"
                + "<c r=\"A2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"913100001322\",\"1158XC\")</f><v>" + Subjects.SPDB_CODE
                + "</v></c>"
                + "<c r=\"C2\" t=\"s\"><v>1</v></c>"
                + "<c r=\"D2\" t=\"inlineStr\"><is><t>" + Subjects.REPRESENTATIVE_ID + "</t></is></c>"
                + "<c r=\"E2\"><f>1+0</f><v>1</v></c>"
                + "<c r=\"F2\" t=\"inlineStr\"><is><t>未按时足额缴纳社会保险费</t></is></c>"
                + "<c r=\"G2\"><f>DATE(2024,5,31)</f><v>45443</v></c>"
                + "<c r=\"H2\" t=\"inlineStr\"><is><t>D-1</t></is></c>"
                + "<c r=\"I2\"><f>26000*2</f><v>52000</v></c></row>";
        java.util.Map<String, byte[]> parts = TestFiles.workbookParts(header + row);
        parts.put("xl/sharedStrings.xml", TestFiles.utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http"
                + "://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\"><si><t>上海示例"
                + "贸易有限公司</t></si><si><t>张三</t></si></sst>"));
        parts.put("[Content_Types].xml", TestFiles.utf8(new String(parts.get("[Content_Types].xml"),
                java.nio.charset.StandardCharsets.UTF_8).replace("</Types>", "<Override PartName=\"/xl/sharedStrings"
                + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
                + "\"/></Types>")));
        parts.put("xl/_rels/workbook.xml.rels", TestFiles.utf8(new String(parts.get("xl/_rels/workbook.xml.rels"),
                java.nio.charset.StandardCharsets.UTF_8).replace("</Relationships>", "<Relationship Id=\"rId2\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/></Relationships>")));

        RecordDraft draft = Reading.draft(Reading.all(TestFiles.zip(parts)).get().single());

        assertThat(draft.subject().name()).isEqualTo("上海示例贸易有限公司");
        assertThat(draft.subject().identifier()).isEqualTo(Subjects.SPDB_CODE);
        assertThat(draft.subject().legalRepresentativeName()).isEqualTo("张三");
        assertThat(draft.categoryItem()).isEqualTo(1);
        assertThat(draft.actDate()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(draft.amount()).isEqualByComparingTo("52000");
    }

    @Test
    void rows_a_clerk_left_empty_in_the_sheet_are_skipped_and_numbers_stay_the_sheets() {
        byte[] workbook = TestFiles.xlsx(java.util.List.of(java.util.List.of("2024年5月报送"), java.util.List.of(),
                HEADER, java.util.List.of("上海示例贸易有限公司", Subjects.SPDB_CODE, "张三", Subjects.REPRESENTATIVE_ID,
                        1, "事由", "2024-05-31", "D-1", 1), java.util.List.of(), java.util.List.of("上海示例贸易有限公司",
                        Subjects.SPDB_CODE, "张三", Subjects.REPRESENTATIVE_ID, 1, "事由", "2024-05-31", "D-2", 1)));

        assertThat(Reading.all(workbook).get().map(FileRow::number)).containsExactly(4, 6);
    }

    private static String cells(int row, Object... values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
        for (int c = 0; c < values.length; c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }
}
