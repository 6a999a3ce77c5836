package org.sicredit.adapters.file.out;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.out.RecordStatisticsPort.Tally;
import org.sicredit.domain.policy.Catalogue;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.Severity;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFilesTest {

    private static final Catalogue CATALOGUE = Catalogue.on(Policies.defaultBook(), LocalDate.of(2020, 1, 1)).get();

    @Test
    void the_markdown_catalogue_lists_every_category_and_the_serious_list() {
        String markdown = written(out -> CatalogueFiles.writeCatalogue(CATALOGUE, CatalogueFiles.Format.MARKDOWN, out));

        assertThat(markdown).startsWith("# 社会保险失信信息目录").contains("## 严重失信名单情形");
        CATALOGUE.items().forEach(item -> assertThat(markdown).contains("| " + item.category().item() + " | "
                + item.category().nameZh() + " |"));
        CATALOGUE.seriousList().forEach(criterion -> assertThat(markdown).contains(criterion.criterionZh()));
    }

    @Test
    void the_csv_catalogue_has_one_row_per_category_for_an_independent_reader() throws Exception {
        String csv = written(out -> CatalogueFiles.writeCatalogue(CATALOGUE, CatalogueFiles.Format.CSV, out));

        java.util.List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(CATALOGUE.items().size());
        assertThat(rows.get(0).get("失信类别")).isEqualTo(CATALOGUE.items().head().category().nameZh());
        assertThat(rows.get(3).get("适用主体")).isNotBlank();
    }

    @Test
    void the_statistics_csv_has_a_line_per_cell_and_the_total() throws Exception {
        ProduceStatisticsUseCase.Result statistics = new ProduceStatisticsUseCase.Result(YearMonth.of(2020, 6),
                YearMonth.of(2020, 6), 5, TreeMap.empty(), TreeMap.empty(), TreeMap.empty(), TreeMap.empty(),
                TreeMap.empty(), List.of(new Tally(YearMonth.of(2020, 6), 1, Severity.SERIOUS, "SHSI", "REPORTED", 3),
                        new Tally(YearMonth.of(2020, 6), 4, Severity.ORDINARY, "EP-01", "SUBMITTED", 2)));

        String csv = written(out -> CatalogueFiles.writeStatistics(statistics, out));

        java.util.List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("条数")).isEqualTo("3");
        assertThat(rows.get(2).get("月份")).isEqualTo("合计");
        assertThat(rows.get(2).get("条数")).isEqualTo("5");
    }

    private static String written(java.util.function.Consumer<ByteArrayOutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
