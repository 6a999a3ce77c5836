package org.sicredit.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.sicredit.domain.fixtures.Subjects.creditCode;

/** Providers' CSV files in the published layout, as the tests need them: good rows, a broken one, a large file. */
final class SubmissionCsv {

    static final String HEADER = "失信主体名称,统一社会信用代码,法定代表人姓名,法定代表人证件号码,失信类别,事由,失信行为日期,"
            + "文书编号,金额";
    /** A row whose credit code fails its check character; its representative's ID number must never be echoed. */
    static final String BROKEN_ROW = "上海坏码有限公司,913100001322115800,王五,310101196001010011,1,未按时足额缴纳社会保险费,"
            + "2020-06-03,沪人社监罚〔2020〕第0999号,1000.00";

    private SubmissionCsv() {
    }

    /** Organisation {@code n}'s category-1 row, its act in the month before {@code period}. */
    static String row(int n, YearMonth period) {
        YearMonth before = period.minusMonths(1);
        return "上海示例" + n + "号有限公司," + creditCode(n) + ",张三,11010519491231002X,1,未按时足额缴纳社会保险费,"
                + before.atDay(1 + n % before.lengthOfMonth()) + ",沪人社监罚〔" + before.getYear() + "〕第" + n
                + "号,52000.00";
    }

    static Path write(Path file, String... rows) throws IOException {
        Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** {@code rows} organisations' rows for {@code period}, written as they are made (a large file in little memory). */
    static Path large(Path file, int rows, YearMonth period) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (int n = 1; n <= rows; n++) {
                out.write(row(n, period));
                out.write("\r\n");
            }
        }
        return file;
    }
}
