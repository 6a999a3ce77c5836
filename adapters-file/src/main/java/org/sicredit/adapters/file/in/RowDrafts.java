package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.adapters.file.in.SubmissionLayout.Column;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.IdentityDocument;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;

/**
 * A row's cells, in the header's columns, made into what the row says: a draft for the domain to judge, or every
 * cell that could not be read, each rejection under the field the cell fills. Whether the draft is lawful is the
 * domain's to say, not this class's.
 */
final class RowDrafts {

    /** How much of a cell the error report shows: enough to find the row, not a copy of a long cell. */
    private static final int SHOWN_CHARS = 200;

    private final Column[] columns;

    RowDrafts(Seq<Option<Column>> columns) {
        this.columns = columns.map(column -> column.getOrNull()).toJavaArray(Column[]::new);
    }

    /** The row numbered {@code number}, or none when every cell is blank (a blank row is skipped). */
    Option<FileRow> row(int number, String[] cells) {
        EnumMap<Column, String> values = new EnumMap<>(Column.class);
        Vector<Rejection> unreadable = Vector.empty();
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            if (cell.isBlank()) {
                continue;
            }
            blank = false;
            Column column = i < columns.length ? columns[i] : null;
            if (column == null) {
                unreadable = unreadable.append(Rejection.of(RejectionCodes.CELL_WITHOUT_COLUMN, "column " + (i + 1), "",
                        "第" + (i + 1) + "列没有列名，却填了值；请删去该值或补上列名",
                        "Column " + (i + 1) + " has no header but holds a value; remove it or name the column"));
            } else {
                values.put(column, cell);
            }
        }
        if (blank) {
            return Option.none();
        }
        Seq<String> shown = shown(cells);
        Either<Seq<Rejection>, RecordDraft> draft = unreadable.isEmpty() ? draft(values)
                : Either.left(unreadable.appendAll(draft(values).swap().getOrElse(List.empty())));
        return Option.some(draft.fold(rejections -> FileRow.unreadable(number, shown, rejections),
                made -> FileRow.read(number, shown, made)));
    }

    private Seq<String> shown(String[] cells) {
        String[] shown = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String cell = i < cells.length && cells[i] != null ? cells[i] : "";
            String kept = cell.length() > SHOWN_CHARS ? cell.substring(0, SHOWN_CHARS) + "…" : cell;
            boolean personal = columns[i] == Column.ID_NUMBER || columns[i] == Column.LEGAL_REPRESENTATIVE_ID;
            shown[i] = personal && !kept.isBlank() ? PersonalNumberMask.mask(CellText.plain(kept))
                    : mayQuoteANumber(kept) ? PersonalNumberMask.maskWithin(kept) : kept;
        }
        return io.vavr.collection.Array.of(shown);
    }

    /** Whether a cell holds a run of 17 digits, as a resident ID number quoted in it would. */
    private static boolean mayQuoteANumber(String cell) {
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            digits = Character.isDigit(cell.charAt(i)) ? digits + 1 : 0;
            if (digits == 17) {
                return true;
            }
        }
        return false;
    }

    private static Either<Seq<Rejection>, RecordDraft> draft(EnumMap<Column, String> values) {
        Cells cells = new Cells(values);
        Option<SubjectDraft> subject = cells.subject();
        Integer category = cells.category();
        LocalDate actDate = cells.date(Column.ACT_DATE);
        LocalDate actEndedOn = cells.date(Column.ACT_ENDED_ON);
        BigDecimal amount = cells.amount();
        Scheme scheme = cells.scheme();
        boolean notice = cells.yes(Column.PUBLIC_NOTICE_ISSUED);
        boolean obstruction = cells.yes(Column.OBSTRUCTION_SERIOUS);
        boolean fund = cells.yes(Column.FUND_SECURITY_HARM);
        boolean administration = cells.yes(Column.ADMINISTRATION_HARM);
        if (!cells.rejections.isEmpty()) {
            return Either.left(cells.rejections);
        }
        return Either.right(new RecordDraft(subject.getOrNull(), category, cells.text(Column.CAUSE), actDate,
                actEndedOn, cells.text(Column.DOCUMENT_NUMBER), amount, notice, obstruction, fund, administration,
                scheme));
    }

    /** The cells of one row by column, and what could not be read of them. */
    private static final class Cells {

        private final EnumMap<Column, String> values;
        private Vector<Rejection> rejections = Vector.empty();

        Cells(EnumMap<Column, String> values) {
            this.values = values;
        }

        String raw(Column column) {
            return values.getOrDefault(column, "");
        }

        String plain(Column column) {
            return CellText.plain(raw(column));
        }

        String text(Column column) {
            String text = CellText.text(raw(column));
            return text.isEmpty() ? null : text;
        }

        Option<SubjectDraft> subject() {
            String code = plain(Column.CREDIT_CODE);
            String number = plain(Column.ID_NUMBER);
            if (code.isEmpty() == number.isEmpty()) {
                refuse(RejectionCodes.ROW_SUBJECT_IDENTIFIER, Column.CREDIT_CODE, code.isEmpty() ? ""
                        : PersonalNumberMask.mask(number), code.isEmpty()
                        ? "请填写单位的统一社会信用代码，或个人的证件号码" : "一行只能是单位（统一社会信用代码）或个人（证件号码），不能两者都填",
                        code.isEmpty() ? "Give the organisation's credit code or the person's document number"
                                : "A row is an organisation (credit code) or a person (document number), not both");
                return Option.none();
            }
            String name = text(Column.SUBJECT_NAME);
            if (!code.isEmpty()) {
                return Option.some(new SubjectDraft(SubjectKind.ORGANISATION, name, code,
                        text(Column.LEGAL_REPRESENTATIVE), emptyAsNull(plain(Column.LEGAL_REPRESENTATIVE_ID))));
            }
            Option<IdentityDocument> document = document();
            if (document.isEmpty()) {
                return Option.none();
            }
            String nationality = plain(Column.NATIONALITY).toUpperCase(java.util.Locale.ROOT);
            String identifier = document.get() == IdentityDocument.PASSPORT && !nationality.isEmpty()
                    && number.indexOf(':') < 0 ? nationality + ":" + number : number;
            return Option.some(new SubjectDraft(SubjectKind.INDIVIDUAL, name, identifier, null, null,
                    document.get()));
        }

        private Option<IdentityDocument> document() {
            String type = plain(Column.DOCUMENT_TYPE);
            switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "", "居民身份证", "身份证", "二代身份证", "resident id", "resident id card", "resident_id" -> {
                    return Option.some(IdentityDocument.RESIDENT_ID);
                }
                case "外国人永久居留身份证", "外国人永久居留证", "永久居留身份证", "foreign_permanent_resident_id",
                     "foreign permanent resident id" -> {
                    return Option.some(IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID);
                }
                case "护照", "passport" -> {
                    return Option.some(IdentityDocument.PASSPORT);
                }
                default -> {
                    refuse(RejectionCodes.CELL_CHOICE, Column.DOCUMENT_TYPE, CellText.shortened(type),
                            "“" + CellText.shortened(type) + "”不是可用的证件类型：居民身份证、外国人永久居留身份证或护照",
                            "\"" + CellText.shortened(type) + "\" is no document type: 居民身份证, 外国人永久居留身份证 "
                                    + "or 护照");
                    return Option.none();
                }
            }
        }

        Integer category() {
            String cell = plain(Column.CATEGORY);
            if (cell.isEmpty()) {
                return null;
            }
            Option<Integer> item = CellText.item(cell);
            if (item.isEmpty()) {
                refuse(RejectionCodes.CELL_CATEGORY, Column.CATEGORY, CellText.shortened(cell),
                        "“" + CellText.shortened(cell) + "”不是失信类别的项号，请填 1 至 6", "\""
                                + CellText.shortened(cell) + "\" is no category item: write 1 to 6");
                return null;
            }
            return item.get();
        }

        LocalDate date(Column column) {
            String cell = CellText.withoutExponent(plain(column));
            if (cell.isEmpty()) {
                return null;
            }
            Either<String[], LocalDate> day = CellText.date(cell);
            day.swap().forEach(why -> refuse(RejectionCodes.CELL_DATE, column, CellText.shortened(cell), why[0],
                    why[1]));
            return day.getOrNull();
        }

        BigDecimal amount() {
            String cell = CellText.withoutExponent(plain(Column.AMOUNT));
            if (cell.isEmpty()) {
                return null;
            }
            Either<String[], BigDecimal> yuan = CellText.amount(cell);
            yuan.swap().forEach(why -> refuse(RejectionCodes.CELL_AMOUNT, Column.AMOUNT, CellText.shortened(cell),
                    why[0], why[1]));
            return yuan.getOrNull();
        }

        Scheme scheme() {
            String cell = plain(Column.SCHEME);
            switch (cell.toLowerCase(java.util.Locale.ROOT)) {
                case "", "社会保险", "社保", "social_insurance", "social insurance" -> {
                    return Scheme.SOCIAL_INSURANCE;
                }
                case "医疗保险", "医保", "medical_insurance", "medical insurance" -> {
                    return Scheme.MEDICAL_INSURANCE;
                }
                default -> {
                    refuse(RejectionCodes.CELL_CHOICE, Column.SCHEME, CellText.shortened(cell), "“"
                            + CellText.shortened(cell) + "”不是险种：社会保险或医疗保险", "\"" + CellText.shortened(cell)
                            + "\" is no scheme: 社会保险 or 医疗保险");
                    return Scheme.SOCIAL_INSURANCE;
                }
            }
        }

        boolean yes(Column column) {
            String cell = plain(column);
            Either<String[], Boolean> answer = CellText.yesNo(cell);
            answer.swap().forEach(why -> refuse(RejectionCodes.CELL_CHOICE, column, CellText.shortened(cell), why[0],
                    why[1]));
            return answer.getOrElse(false);
        }

        private void refuse(String code, Column column, String value, String zh, String en) {
            rejections = rejections.append(Rejection.of(code, column.field(), value, column.header() + "：" + zh,
                    column.header() + " (" + column.alias() + "): " + en));
        }

        private static String emptyAsNull(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}
