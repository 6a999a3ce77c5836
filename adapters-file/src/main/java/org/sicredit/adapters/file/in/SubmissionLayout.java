package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.SubjectDraft;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one published layout of a provider's submission file: one row per record, the fields of 沪人社规〔2018〕30号
 * 第七条 and what the categories of 第五条 need, under Chinese headers (English aliases accepted), in any order.
 * The readers, the template and the error report all take their columns from here.
 */
public final class SubmissionLayout {

    /** Whether a column must be in the header, and for whom its cells are needed. */
    public enum Need {
        /** The header must have it; every row needs a value. */
        ALWAYS("必填", "required"),
        /** An organisation's row needs a value; the header must have the credit code or the ID number column. */
        ORGANISATION("单位必填", "required for an organisation"),
        /** An individual's row needs a value. */
        INDIVIDUAL("个人必填", "required for an individual"),
        /** Needed only by some categories, or with a default. */
        OPTIONAL("选填", "optional");

        private final String zh;
        private final String en;

        Need(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** A column of the layout: its header, its English alias, the draft field it fills, and how to fill it. */
    public enum Column {
        SUBJECT_NAME("失信主体名称", "subjectName", SubjectDraft.NAME, Need.ALWAYS,
                "单位全称或个人姓名", "The organisation's full name or the person's name", "上海示例贸易有限公司"),
        CREDIT_CODE("统一社会信用代码", "creditCode", SubjectDraft.IDENTIFIER, Need.ORGANISATION,
                "单位的18位统一社会信用代码；尚无的，填9位组织机构代码", "The organisation's 18-character unified social "
                        + "credit code, or its 9-character organisation code where it has none", "9131000013221158XC"),
        DOCUMENT_TYPE("证件类型", "idType", "subject.document", Need.OPTIONAL,
                "个人的证件：居民身份证（不填即是）、外国人永久居留身份证、护照", "The person's document: resident ID card "
                        + "(when blank), foreigner's permanent residence ID card, passport", "居民身份证"),
        ID_NUMBER("证件号码", "idNumber", SubjectDraft.IDENTIFIER, Need.INDIVIDUAL,
                "个人的证件号码", "The person's document number", "440524188001010014"),
        NATIONALITY("国籍", "nationality", "subject.nationality", Need.OPTIONAL,
                "持护照者的国籍，ISO 3166-1 三字母代码（如 USA）", "A passport holder's nationality, ISO 3166-1 alpha-3 "
                        + "(as USA)", ""),
        LEGAL_REPRESENTATIVE("法定代表人姓名", "legalRepresentative", SubjectDraft.REPRESENTATIVE_NAME,
                Need.ORGANISATION, "单位法定代表人（负责人）的姓名", "The name of the organisation's legal representative",
                "张三"),
        LEGAL_REPRESENTATIVE_ID("法定代表人证件号码", "legalRepresentativeIdNumber", SubjectDraft.REPRESENTATIVE_ID,
                Need.ORGANISATION, "法定代表人的居民身份证号码", "The legal representative's resident ID number",
                "11010519491231002X"),
        CATEGORY("失信类别", "category", "category", Need.ALWAYS,
                "第五条所列失信行为的项号（1-6），见第二页", "The item of Art. 5 (1-6), listed on the second sheet", "1"),
        CAUSE("事由", "cause", "cause", Need.ALWAYS,
                "失信行为的事实", "What the subject did", "未按时足额缴纳社会保险费，被依法作出行政处罚决定"),
        ACT_DATE("失信行为日期", "actDate", "actDate", Need.ALWAYS,
                "处罚、处理决定作出或行为被查实之日，如 2024-05-31", "The day the decision was made or the act was "
                        + "established, as 2024-05-31", "2024-05-31"),
        ACT_ENDED_ON("失信行为结束日期", "actEndedOn", "actEndedOn", Need.OPTIONAL,
                "行为终止（如补缴完毕）之日；尚未终止的不填", "The day the act ended (arrears paid, say); blank while it "
                        + "goes on", ""),
        DOCUMENT_NUMBER("文书编号", "documentNumber", "documentNumber", Need.ALWAYS,
                "处罚决定书等文书的编号", "The number of the decision or other document", "沪人社监罚〔2024〕第0531号"),
        AMOUNT("金额", "amount", "amount", Need.OPTIONAL,
                "涉及金额（元），第1、2、3、5项必填", "The amount in yuan; required for items 1, 2, 3 and 5", "52000.00"),
        SCHEME("险种", "scheme", "scheme", Need.OPTIONAL,
                "社会保险（不填即是）或医疗保险", "Social insurance (when blank) or medical insurance", "社会保险"),
        PUBLIC_NOTICE_ISSUED("已公告", "publicNoticeIssued", "publicNoticeIssued", Need.OPTIONAL,
                "是否已依法公告（是/否，不填即否）", "Whether a public notice was issued (是/否; blank is 否)", "否"),
        OBSTRUCTION_SERIOUS("拒不配合情节严重", "obstructionSerious", "obstructionSerious", Need.OPTIONAL,
                "第6项：拒不配合监督检查情节严重（是/否）", "Item 6: the obstruction was serious (是/否)", "否"),
        FUND_SECURITY_HARM("危及基金安全", "fundSecurityHarm", "fundSecurityHarm", Need.OPTIONAL,
                "是否危及社会保险基金安全（是/否）", "Whether the act endangered the fund's security (是/否)", "否"),
        ADMINISTRATION_HARM("严重影响管理秩序", "administrationHarm", "administrationHarm", Need.OPTIONAL,
                "是否严重影响社会保险管理秩序（是/否）", "Whether the act seriously disturbed the administration (是/否)",
                "否");

        private final String header;
        private final String alias;
        private final String field;
        private final Need need;
        private final String descriptionZh;
        private final String descriptionEn;
        private final String example;

        Column(String header, String alias, String field, Need need, String descriptionZh, String descriptionEn,
               String example) {
            this.header = header;
            this.alias = alias;
            this.field = field;
            this.need = need;
            this.descriptionZh = descriptionZh;
            this.descriptionEn = descriptionEn;
            this.example = example;
        }

        public String header() {
            return header;
        }

        public String alias() {
            return alias;
        }

        /** The field of {@link RecordDraft} (or {@link SubjectDraft}) this column fills, as rejections name it. */
        public String field() {
            return field;
        }

        public Need need() {
            return need;
        }

        public String descriptionZh() {
            return descriptionZh;
        }

        public String descriptionEn() {
            return descriptionEn;
        }

        public String example() {
            return example;
        }
    }

    /** The columns in the template's order. */
    public static final Seq<Column> COLUMNS = List.of(Column.values());

    private SubmissionLayout() {
    }

    /**
     * The column a header cell names: its Chinese header or English alias, ignoring case, spaces, full-width forms, a
     * leading {@code *} and a note in brackets ({@code 金额（元）}).
     */
    public static Option<Column> named(String headerCell) {
        String key = key(headerCell);
        return COLUMNS.find(column -> key(column.header()).equals(key) || key(column.alias()).equals(key));
    }

    /**
     * The column a rejection's field belongs to, for the error report: {@code subject.identifier} is the credit code
     * or the ID number, whichever the file has.
     */
    public static Option<Column> ofField(String field, boolean individual) {
        if (SubjectDraft.IDENTIFIER.equals(field)) {
            return Option.some(individual ? Column.ID_NUMBER : Column.CREDIT_CODE);
        }
        return COLUMNS.find(column -> column.field().equals(field));
    }

    /**
     * Which layout column each of the header's cells is: a blank header cell is no column; an unknown, repeated or
     * missing column refuses the file, naming it.
     */
    public static Either<Rejection, Seq<Option<Column>>> resolve(Seq<String> header) {
        if (header.forAll(cell -> key(cell).isEmpty())) {
            return Either.left(Rejection.of(RejectionCodes.FILE_MISSING_COLUMN, "header", "",
                    "文件第一行应为列名（如 失信主体名称、统一社会信用代码……），这一行是空的",
                    "The file's first row must name the columns (失信主体名称, 统一社会信用代码, …); it is blank"));
        }
        java.util.List<Option<Column>> columns = new java.util.ArrayList<>();
        java.util.Set<Column> seen = java.util.EnumSet.noneOf(Column.class);
        for (String cell : header) {
            if (key(cell).isEmpty()) {
                columns.add(Option.none());
                continue;
            }
            Option<Column> column = named(cell);
            if (column.isEmpty()) {
                return Either.left(unknown(cell));
            }
            if (!seen.add(column.get())) {
                return Either.left(Rejection.of(RejectionCodes.FILE_DUPLICATE_COLUMN, "header", shown(cell),
                        "列“" + column.get().header() + "”出现了两次", "The column " + column.get().header() + " ("
                                + column.get().alias() + ") appears twice"));
            }
            columns.add(column);
        }
        return missing(seen).<Either<Rejection, Seq<Option<Column>>>>map(Either::left)
                .getOrElse(() -> Either.right(List.ofAll(columns)));
    }

    private static Option<Rejection> missing(java.util.Set<Column> seen) {
        Seq<Column> absent = COLUMNS.filter(column -> column.need() == Need.ALWAYS && !seen.contains(column));
        if (!seen.contains(Column.CREDIT_CODE) && !seen.contains(Column.ID_NUMBER)) {
            absent = absent.append(Column.CREDIT_CODE).append(Column.ID_NUMBER);
        }
        if (absent.isEmpty()) {
            return Option.none();
        }
        return Option.some(Rejection.of(RejectionCodes.FILE_MISSING_COLUMN, "header",
                absent.map(Column::header).mkString("、"),
                "文件缺少必需的列：" + absent.map(Column::header).mkString("、") + "（统一社会信用代码与证件号码至少要有一列）。"
                        + "请使用报送模板",
                "The file lacks the required columns " + absent.map(column -> column.header() + " ("
                        + column.alias() + ")").mkString(", ") + " (one of 统一社会信用代码 and 证件号码 at least); "
                        + "use the submission template"));
    }

    private static Rejection unknown(String cell) {
        return Rejection.of(RejectionCodes.FILE_UNKNOWN_COLUMN, "header", shown(cell),
                "不认识的列“" + shown(cell) + "”。可用的列：" + COLUMNS.map(Column::header).mkString("、"),
                "Unknown column \"" + shown(cell) + "\". The layout's columns: "
                        + COLUMNS.map(column -> column.header() + " (" + column.alias() + ")").mkString(", "));
    }

    private static String shown(String cell) {
        return CellText.shortened(cell == null ? "" : cell.strip());
    }

    static String key(String headerCell) {
        if (headerCell == null) {
            return "";
        }
        String text = Normalizer.normalize(headerCell, Normalizer.Form.NFKC).replace('\u00A0', ' ').strip();
        text = text.replaceFirst("^[*＊]+", "").replaceFirst("[(（\\[【].*$", "");
        return text.replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT);
    }
}
