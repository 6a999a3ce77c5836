package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.IdentityDocument;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.adapters.file.in.TestFiles.HEADER;
import static org.sicredit.adapters.file.in.TestFiles.csv;
import static org.sicredit.adapters.file.in.TestFiles.row;

class CsvSubmissionTest {

    private static final String CODE = Subjects.SPDB_CODE;

    @ParameterizedTest(name = "{0}, byte-order mark {1}")
    @CsvSource({"UTF-8, false", "UTF-8, true", "GB18030, false", "UTF-16LE, true"})
    void a_file_in_any_encoding_excel_writes_reads_the_same_without_being_told_which(String charset, boolean mark) {
        byte[] bytes = csv(Charset.forName(charset), mark, HEADER, row(CODE, "沪人社监罚〔2024〕第0531号", "2024-05-31"));

        FileRow only = Reading.all(bytes).get().single();

        RecordDraft draft = Reading.draft(only);
        assertThat(only.number()).isEqualTo(2);
        assertThat(draft.subject().name()).isEqualTo("上海示例贸易有限公司");
        assertThat(draft.subject().kind()).isEqualTo(SubjectKind.ORGANISATION);
        assertThat(draft.subject().identifier()).isEqualTo(CODE);
        assertThat(draft.documentNumber()).isEqualTo("沪人社监罚〔2024〕第0531号");
        assertThat(draft.cause()).isEqualTo("未按时足额缴纳社会保险费");
        assertThat(draft.amount()).isEqualByComparingTo("52000");
        assertThat(draft.categoryItem()).isEqualTo(1);
        assertThat(draft.scheme()).isEqualTo(Scheme.SOCIAL_INSURANCE);
    }

    @Test
    void a_tab_separated_file_excel_saves_as_unicode_text_reads_the_same() {
        byte[] bytes = csv(StandardCharsets.UTF_16LE, true, HEADER.replace(',', '\t'),
                row(CODE, "D-1", "2024-05-31").replace(',', '\t'));

        assertThat(Reading.draft(Reading.all(bytes).get().single()).documentNumber()).isEqualTo("D-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2024-05-31", "2024/5/31", "2024年5月31日", "20240531", "45443", "2024.05.31",
        "2024-05-31 00:00:00", "２０２４－０５－３１", " 2024-05-31 "})
    void every_date_form_a_clerk_writes_is_the_same_day(String written) {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, HEADER, row(CODE, "D-1", "\"" + written + "\""));

        assertThat(Reading.draft(Reading.all(bytes).get().single()).actDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"52000", "52,000.00", "52000元", "￥52,000", "５２０００", "5.2万元",
        "\u00A052000.00\u00A0", "52 000"})
    void every_amount_a_clerk_writes_is_the_same_sum(String written) {
        String line = row(CODE, "D-1", "2024-05-31").replace("52000.00", "\"" + written + "\"");

        assertThat(Reading.draft(Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, line)).get().single())
                .amount()).isEqualByComparingTo(new BigDecimal("52000"));
    }

    @Test
    void full_width_letters_and_digits_in_a_code_and_stray_spaces_are_read_as_the_code() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, HEADER, row("\u00A0９１３１００００１３２２１１５８ＸＣ ", "D-1",
                "2024-05-31"));

        assertThat(Reading.draft(Reading.all(bytes).get().single()).subject().identifier()).isEqualTo(CODE);
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_rows_keep_the_numbers_the_spreadsheet_shows() {
        String cause = "\"欠缴2019年1月至3月，\"\"社保费\"\"\r\n共计52,000元\"";
        byte[] bytes = csv(StandardCharsets.UTF_8, false, HEADER, row(CODE, "D-1", "2024-05-31"),
                row(CODE, "D-2", "2024-05-31").replace("未按时足额缴纳社会保险费", cause), row(CODE, "D-3", "2024-05-31"));

        List<FileRow> rows = Reading.all(bytes).get();

        assertThat(rows.map(FileRow::number)).containsExactly(2, 3, 4);
        assertThat(Reading.draft(rows.get(1)).cause()).isEqualTo("欠缴2019年1月至3月，\"社保费\"\r\n共计52,000元");
    }

    @Test
    void columns_come_in_any_order_under_chinese_headers_or_english_aliases() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false,
                "documentNumber,金额（元）,*失信类别,Cause,actDate,subjectName,idNumber,证件类型",
                "D-9,,4,伪造证明材料骗取社会保险待遇,2024-05-31,李四," + Subjects.PERSON_ID + ",居民身份证");

        RecordDraft draft = Reading.draft(Reading.all(bytes).get().single());

        assertThat(draft.subject().kind()).isEqualTo(SubjectKind.INDIVIDUAL);
        assertThat(draft.subject().document()).isEqualTo(IdentityDocument.RESIDENT_ID);
        assertThat(draft.subject().identifier()).isEqualTo(Subjects.PERSON_ID);
        assertThat(draft.categoryItem()).isEqualTo(4);
        assertThat(draft.amount()).isNull();
    }

    @Test
    void a_passport_holder_is_named_by_nationality_and_number() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, "失信主体名称,证件类型,证件号码,国籍,失信类别,事由,失信行为日期,文书编号",
                "JOHN SMITH,护照,E12345678,usa,4,伪造证明材料,2024-05-31,D-1");

        RecordDraft draft = Reading.draft(Reading.all(bytes).get().single());

        assertThat(draft.subject().document()).isEqualTo(IdentityDocument.PASSPORT);
        assertThat(draft.subject().identifier()).isEqualTo("USA:E12345678");
    }

    @Test
    void a_title_above_the_header_and_blank_rows_are_passed_over() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, "2024年5月社会保险失信信息报送表,,,", ",,,", HEADER,
                row(CODE, "D-1", "2024-05-31"), ",,,,,,,,", "", row(CODE, "D-2", "2024-05-31"));

        assertThat(Reading.all(bytes).get().map(FileRow::number)).containsExactly(4, 7);
    }

    @Test
    void cells_that_cannot_be_read_make_the_row_a_list_of_rejections_under_their_fields() {
        String line = "上海示例贸易有限公司," + CODE + ",张三,11010519491231002X,罚款类,事由,2024-13-01,D-1,五万";

        FileRow row = Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, line)).get().single();

        assertThat(row.draft()).isNull();
        assertThat(row.unreadable().map(Rejection::code)).containsExactlyInAnyOrder("CELL_CATEGORY", "CELL_DATE",
                "CELL_AMOUNT");
        assertThat(row.unreadable().map(Rejection::field)).containsExactlyInAnyOrder("category", "actDate",
                "amount");
        assertThat(row.unreadable().find(r -> r.code().equals("CELL_DATE")).get().messageZh())
                .startsWith("失信行为日期：").contains("不是存在的日期");
    }

    @Test
    void a_number_written_with_an_exponent_of_a_billion_is_a_cell_rejection_not_a_billion_digits() {
        String line = "上海示例贸易有限公司," + CODE + ",张三,11010519491231002X,1,事由,1E+999999999,D-1,9.9E+999999999";

        FileRow row = Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, line)).get().single();

        assertThat(row.unreadable().map(Rejection::code)).containsExactlyInAnyOrder("CELL_DATE", "CELL_AMOUNT");
        assertThat(row.unreadable().map(r -> r.messageZh().length())).allMatch(length -> length < 200);
    }

    @Test
    void an_id_number_typed_into_the_wrong_column_is_masked_in_the_rejection_it_meets() {
        String line = "上海示例贸易有限公司," + CODE + ",张三,11010519491231002X,1,事由," + Subjects.PERSON_ID + ",D-1,"
                + "见" + Subjects.PERSON_ID;

        FileRow row = Reading.all(csv(StandardCharsets.UTF_8, false, HEADER, line)).get().single();

        assertThat(row.unreadable().map(Rejection::code)).containsExactlyInAnyOrder("CELL_DATE", "CELL_AMOUNT");
        assertThat(row.unreadable().map(r -> r.value() + r.messageZh() + r.messageEn()).mkString())
                .doesNotContain(Subjects.PERSON_ID).contains("4405**********0014");
    }

    @Test
    void a_row_naming_an_organisation_and_a_person_at_once_or_neither_is_rejected() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, HEADER + ",证件号码",
                row(CODE, "D-1", "2024-05-31") + "," + Subjects.PERSON_ID, row("", "D-2", "2024-05-31") + ",");

        assertThat(Reading.all(bytes).get().map(row -> row.unreadable().head().code()))
                .containsExactly("ROW_SUBJECT_IDENTIFIER", "ROW_SUBJECT_IDENTIFIER");
    }

    @Test
    void a_value_under_a_blank_header_is_not_dropped_silently() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, HEADER + ",", row(CODE, "D-1", "2024-05-31") + ",备注");

        assertThat(Reading.all(bytes).get().single().unreadable().map(Rejection::code))
                .containsExactly("CELL_WITHOUT_COLUMN");
    }

    @Test
    void personal_numbers_are_masked_in_the_cells_kept_for_the_error_report() {
        byte[] bytes = csv(StandardCharsets.UTF_8, false, "失信主体名称,证件号码,失信类别,事由,失信行为日期,文书编号",
                "李四," + Subjects.PERSON_ID + ",4,冒用" + Subjects.REPRESENTATIVE_ID + "的身份,2024-05-31,D-1");

        FileRow row = Reading.all(bytes).get().single();

        assertThat(row.cells().mkString("|")).doesNotContain(Subjects.PERSON_ID, Subjects.REPRESENTATIVE_ID)
                .contains("4405**********0014", "1101**********002X");
    }
}
