package org.sicredit.adapters.file.out;

import io.vavr.collection.Seq;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sicredit.adapters.file.in.SubmissionLayout.Column;
import org.sicredit.adapters.file.in.SubmissionLayout;
import org.sicredit.domain.policy.AmountKind;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.subject.SubjectKind;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The submission template, made from {@link SubmissionLayout}: CSV (the header row, UTF-8 with a byte-order mark so
 * that Excel shows the Chinese) or XLSX (the header row on the first sheet; a second sheet, 填写说明, explains every
 * column and lists the categories of the Measure in force). Neither holds an example row that could be sent by
 * mistake. {@code target} is not closed.
 */
public final class SubmissionTemplate {

    /** The template's formats. */
    public enum Format {
        CSV,
        XLSX
    }

    private SubmissionTemplate() {
    }

    public static void write(Format format, Seq<Category> categories, OutputStream target) {
        try {
            if (format == Format.CSV) {
                target.write(("\uFEFF" + SubmissionLayout.COLUMNS.map(Column::header).mkString(",") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                target.flush();
            } else {
                xlsx(categories, target);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void xlsx(Seq<Category> categories, OutputStream target) throws IOException {
        Workbook workbook = new Workbook(new KeptOpen(target), "sicredit", "1.0");
        Worksheet data = workbook.newWorksheet("报送数据");
        Seq<Column> columns = SubmissionLayout.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            data.value(0, c, columns.get(c).header());
            data.width(c, Math.max(12, columns.get(c).header().length() * 2.5));
            if (columns.get(c) != Column.ACT_DATE && columns.get(c) != Column.ACT_ENDED_ON
                    && columns.get(c) != Column.AMOUNT) {
                data.style(c).format("@").set();
            }
        }
        data.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
        data.freezePane(0, 1);
        explanation(workbook.newWorksheet("填写说明"), categories);
        workbook.finish();
        target.flush();
    }

    private static void explanation(Worksheet sheet, Seq<Category> categories) {
        String[] head = {"列名", "English", "是否必填 / Required", "说明", "Description", "示例 / Example"};
        for (int c = 0; c < head.length; c++) {
            sheet.value(0, c, head[c]);
        }
        int r = 1;
        for (Column column : SubmissionLayout.COLUMNS) {
            sheet.value(r, 0, column.header());
            sheet.value(r, 1, column.alias());
            sheet.value(r, 2, column.need().zh() + " / " + column.need().en());
            sheet.value(r, 3, column.descriptionZh());
            sheet.value(r, 4, column.descriptionEn());
            sheet.value(r, 5, column.example());
            r++;
        }
        r++;
        String[] categoryHead = {"项号 / Item", "失信类别", "Category", "适用主体 / Subjects", "金额 / Amount"};
        int categoryRow = r;
        for (int c = 0; c < categoryHead.length; c++) {
            sheet.value(r, c, categoryHead[c]);
        }
        for (Category category : categories) {
            r++;
            sheet.value(r, 0, category.item());
            sheet.value(r, 1, category.nameZh());
            sheet.value(r, 2, category.nameEn());
            sheet.value(r, 3, subjects(category));
            sheet.value(r, 4, category.amountRequired() ? "必填 / required"
                    : category.amountKind() == AmountKind.NONE ? "不填 / none" : "选填 / optional");
        }
        sheet.range(0, 0, 0, head.length - 1).style().bold().fillColor("DDEBF7").set();
        sheet.range(categoryRow, 0, categoryRow, categoryHead.length - 1).style().bold().fillColor("DDEBF7").set();
        sheet.width(0, 22);
        sheet.width(1, 48);
        sheet.width(2, 48);
        sheet.width(3, 48);
        sheet.width(4, 60);
        sheet.width(5, 30);
    }

    private static String subjects(Category category) {
        boolean organisation = category.allows(SubjectKind.ORGANISATION);
        boolean individual = category.allows(SubjectKind.INDIVIDUAL);
        return organisation && individual ? "单位、个人 / both" : organisation ? "单位 / organisations"
                : "个人 / individuals";
    }
}
