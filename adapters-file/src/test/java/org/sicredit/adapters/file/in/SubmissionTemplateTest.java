package org.sicredit.adapters.file.in;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.sicredit.adapters.file.in.SubmissionLayout.Column;
import org.sicredit.adapters.file.out.SubmissionTemplate;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.policy.Policies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionTemplateTest {

    private static final io.vavr.collection.Seq<Category> CATEGORIES = Policies.defaultBook()
            .measureOn(LocalDate.of(2020, 1, 1)).get().categories();

    @Test
    void the_csv_template_is_a_submission_header_the_reader_accepts_with_every_column_and_no_row() {
        SubmissionFile opened = new SubmissionFiles().open(new ByteArrayInputStream(written(SubmissionTemplate.Format.CSV)),
                FileFormat.CSV).get();

        assertThat(opened.columns()).containsExactlyElementsOf(SubmissionLayout.COLUMNS.map(Column::header));
        assertThat(opened.hasNext()).isFalse();
    }

    @Test
    void the_xlsx_template_has_the_header_sheet_and_a_sheet_explaining_each_column_and_the_categories()
            throws Exception {
        byte[] xlsx = written(SubmissionTemplate.Format.XLSX);

        SubmissionFile opened = new SubmissionFiles().open(new ByteArrayInputStream(xlsx), FileFormat.XLSX).get();
        assertThat(opened.columns()).containsExactlyElementsOf(SubmissionLayout.COLUMNS.map(Column::header));
        opened.close();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            String explained = workbook.getSheet(1).get().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText())
                            .collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            assertThat(workbook.getSheet(1).get().getName()).isEqualTo("填写说明");
            for (Column column : SubmissionLayout.COLUMNS) {
                assertThat(explained).contains(column.header() + "|" + column.alias() + "|");
            }
            for (Category category : CATEGORIES) {
                assertThat(explained).contains(category.nameZh());
            }
        }
    }

    private static byte[] written(SubmissionTemplate.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubmissionTemplate.write(format, CATEGORIES, out);
        return out.toByteArray();
    }
}
