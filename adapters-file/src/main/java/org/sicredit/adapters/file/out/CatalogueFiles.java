package org.sicredit.adapters.file.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.out.RecordStatisticsPort.Tally;
import org.sicredit.domain.policy.Catalogue;
import org.sicredit.domain.policy.CatalogueItem;
import org.sicredit.domain.policy.SeriousCriterion;
import org.sicredit.domain.subject.SubjectKind;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue of dishonesty information and the serious list (沪人社规〔2018〕30号 第五条、第六条) as the Bureau hands
 * them on — Markdown to read, CSV to load — and the statistics as CSV. CSV is UTF-8 with a byte-order mark, so Excel
 * shows the Chinese; {@code target} is not closed.
 */
public final class CatalogueFiles {

    /** How the catalogue is written. */
    public enum Format {
        MARKDOWN,
        CSV
    }

    private CatalogueFiles() {
    }

    public static void writeCatalogue(Catalogue catalogue, Format format, OutputStream target) {
        write(format == Format.MARKDOWN ? markdown(catalogue) : "\uFEFF" + csv(catalogue), target);
    }

    /** The statistics' cells, one line per month, category, severity, provider and status, with their count. */
    public static void writeStatistics(ProduceStatisticsUseCase.Result statistics, OutputStream target) {
        Seq<Seq<String>> lines = List.<Seq<String>>of(List.of("月份", "失信类别", "严重程度", "提供单位", "状态", "条数"))
                .appendAll(statistics.cells().map(CatalogueFiles::line))
                .append(List.of("合计", "", "", "", "", String.valueOf(statistics.total())));
        write("\uFEFF" + lines.map(line -> line.map(ErrorReports::csvCell).mkString(",")).mkString("", "\r\n", "\r\n"),
                target);
    }

    static String markdown(Catalogue catalogue) {
        StringBuilder text = new StringBuilder("# 社会保险失信信息目录\n\n")
                .append(catalogue.measure().title()).append("（").append(catalogue.measure().citation())
                .append("），").append(catalogue.measure().effectiveFrom()).append(" 起施行\n\n")
                .append("| 项号 | 失信类别 | Category | 适用主体 | 报送字段 | 严重失信情形 | 依据 |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (CatalogueItem item : catalogue.items()) {
            text.append("| ").append(item.category().item())
                    .append(" | ").append(escaped(item.category().nameZh()))
                    .append(" | ").append(escaped(item.category().nameEn()))
                    .append(" | ").append(subjects(item))
                    .append(" | ").append(escaped(item.requiredFields().mkString("、")))
                    .append(" | ").append(escaped(item.seriousWhen().map(SeriousCriterion::criterionZh).mkString("；")))
                    .append(" | ").append(escaped(item.legalBasis())).append(" |\n");
        }
        text.append("\n## 严重失信名单情形\n\n");
        for (SeriousCriterion criterion : catalogue.seriousList()) {
            text.append("- ").append(escaped(criterion.criterionZh())).append("（").append(escaped(criterion
                    .legalBasis())).append("；适用第").append(criterion.categories().mkString("、")).append("项）\n");
        }
        return text.toString();
    }

    static String csv(Catalogue catalogue) {
        Seq<Seq<String>> lines = List.<Seq<String>>of(List.of("项号", "失信类别", "Category", "适用主体", "报送字段",
                "严重失信情形", "依据"));
        for (CatalogueItem item : catalogue.items()) {
            lines = lines.append(List.of(String.valueOf(item.category().item()), item.category().nameZh(),
                    item.category().nameEn(), subjects(item), item.requiredFields().mkString("、"),
                    item.seriousWhen().map(SeriousCriterion::criterionZh).mkString("；"), item.legalBasis()));
        }
        return lines.map(line -> line.map(ErrorReports::csvCell).mkString(",")).mkString("", "\r\n", "\r\n");
    }

    private static String subjects(CatalogueItem item) {
        return List.of(SubjectKind.ORGANISATION, SubjectKind.INDIVIDUAL).filter(item.subjects()::contains)
                .map(kind -> kind == SubjectKind.ORGANISATION ? "单位" : "个人").mkString("、");
    }

    private static String escaped(String markdownCell) {
        return markdownCell.replace("|", "\\|").replace("\n", " ");
    }

    private static void write(String text, OutputStream target) {
        try {
            target.write(text.getBytes(StandardCharsets.UTF_8));
            target.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Seq<String> line(Tally tally) {
        return List.of(tally.month().toString(), String.valueOf(tally.category()), tally.severity().name(),
                tally.providerCode(), tally.status(), String.valueOf(tally.count()));
    }
}
