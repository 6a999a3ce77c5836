package org.sicredit.domain.record;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.sicredit.domain.calendar.PlausibleDates;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.Classification;
import org.sicredit.domain.policy.Measure;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.ProviderKind;
import org.sicredit.domain.policy.RecordFacts;
import org.sicredit.domain.policy.Regulations;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.Subject;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.text.Limits;
import org.sicredit.domain.text.TextRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A record as a provider's row gives it, before any rule has run. {@link #validate} applies every invariant of
 * 沪人社规〔2018〕30号 第五条至第七条 and reports every broken one at once, so a provider fixes a row in one go.
 */
public record RecordDraft(
        SubjectDraft subject,
        Integer categoryItem,
        String cause,
        LocalDate actDate,
        LocalDate actEndedOn,
        String documentNumber,
        BigDecimal amount,
        boolean publicNoticeIssued,
        boolean obstructionSerious,
        boolean fundSecurityHarm,
        boolean administrationHarm,
        Scheme scheme) {

    public static final int MAX_CAUSE = Limits.CAUSE;
    public static final int MAX_DOCUMENT_NUMBER = Limits.DOCUMENT_NUMBER;

    public static final String QUERY_PERIOD_ENDED = "QUERY_PERIOD_ENDED";

    /**
     * The content, the Measure and the Regulations that govern it (by act date) and its 第六条 classification — or
     * every rejection. {@code provider} is the kind of provider filing it, for the Measure's duties (第四条, 第十一条);
     * {@code subjectsOtherRecords} the subject's other records that count for severity.
     */
    public Validation<Seq<Rejection>, Vetted> validate(PolicyBook book, LocalDate collectedOn, ProviderKind provider,
                                                     Seq<RecordFacts> subjectsOtherRecords, Clock clock) {
        Validation<Seq<Rejection>, Subject> validSubject = subject == null
                ? Validation.invalid(List.of(required("SUBJECT_REQUIRED", "subject", "失信主体", "The subject")))
                : subject.validate(clock);
        Either<Seq<Rejection>, Measure> policy = actDate == null
                ? Either.left(List.empty())
                : book.measureOn(actDate).<Seq<Rejection>>mapLeft(r -> List.of(r.atField("actDate")));
        Either<Seq<Rejection>, Regulations> law = actDate == null
                ? Either.left(List.empty())
                : book.regulationsOn(actDate).<Seq<Rejection>>mapLeft(r -> List.of(r.atField("actDate")));
        String citation = policy.map(Measure::citation).getOrElse(Citations.MEASURES);
        Either<Rejection, String> validCause = text(cause, "cause", MAX_CAUSE, "CAUSE", "事由", "The cause", citation);
        Either<Rejection, String> validDocument = text(documentNumber, "documentNumber", MAX_DOCUMENT_NUMBER,
                "DOCUMENT_NUMBER", "文书编号", "The document number", citation);
        Either<Seq<Rejection>, Category> category = category(policy);
        Either<Seq<Rejection>, Option<BigDecimal>> validAmount = category
                .fold(ignored -> Either.right(Option.none()), this::amountFor);
        Seq<Rejection> errors = List.<Rejection>empty()
                .appendAll(validSubject.isInvalid() ? validSubject.getError() : List.empty())
                .appendAll(validCause.swap())
                .appendAll(validDocument.swap())
                .appendAll(dates(collectedOn, citation))
                .appendAll(law.map(regulations -> queryPeriod(regulations, collectedOn)).getOrElse(List.empty()))
                .appendAll(scheme == null ? List.of(required("SCHEME_REQUIRED", "scheme", "险种（社会保险或医疗保险）",
                        "The scheme (social or medical insurance)")) : List.empty())
                .appendAll(policy.swap().getOrElse(List.empty()))
                .appendAll(policy.isRight() ? law.swap().getOrElse(List.empty()) : List.empty())
                .appendAll(category.swap().getOrElse(List.empty()))
                .appendAll(category.map(c -> subjectAllowed(c, citation)).getOrElse(List.empty()))
                .appendAll(scheme == null || category.isLeft() ? List.empty() : policy.get().duties()
                        .check(scheme, categoryItem, provider, citation).swap().map(List::of).getOrElse(List.empty()))
                .appendAll(validAmount.swap().getOrElse(List.empty()));
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        RecordContent content = new RecordContent(validSubject.get(), category.get(), validCause.get(), actDate,
                Option.of(actEndedOn), validDocument.get(), validAmount.get(), publicNoticeIssued,
                obstructionSerious, fundSecurityHarm, administrationHarm, scheme);
        return policy.get().classify(content.severityFacts(), subjectsOtherRecords)
                .map(classification -> new Vetted(content, policy.get(), law.get(), classification))
                .<Seq<Rejection>>mapLeft(List::of)
                .toValidation();
    }

    /** As a record prints itself, with every resident ID number in it masked, wherever the provider typed it. */
    @Override
    public String toString() {
        return "RecordDraft[subject=" + subject + ", categoryItem=" + categoryItem + ", cause="
                + PersonalNumberMask.maskWithin(cause) + ", actDate=" + actDate + ", actEndedOn=" + actEndedOn
                + ", documentNumber=" + PersonalNumberMask.maskWithin(documentNumber) + ", amount=" + amount
                + ", publicNoticeIssued=" + publicNoticeIssued + ", obstructionSerious=" + obstructionSerious
                + ", fundSecurityHarm=" + fundSecurityHarm + ", administrationHarm=" + administrationHarm
                + ", scheme=" + scheme + "]";
    }

    /** A draft that passed: its content, the Measure and Regulations in force on its act date, its classification. */
    public record Vetted(RecordContent content, Measure measure, Regulations regulations,
                         Classification classification) {

        /**
         * The same content classified again against {@code subjectsOtherRecords} (第六条), without reading the draft
         * again: a submission vets its rows first, then learns each subject's other records.
         */
        public Either<Rejection, Vetted> classifiedWith(Seq<RecordFacts> subjectsOtherRecords) {
            return measure.classify(content.severityFacts(), subjectsOtherRecords)
                    .map(classification -> new Vetted(content, measure, regulations, classification));
        }
    }

    /** 上海市社会信用条例 第三十五条: an act whose query period ended before collection is no longer provided. */
    private Seq<Rejection> queryPeriod(Regulations regulations, LocalDate collectedOn) {
        if (actEndedOn == null || !regulations.lastDayOfQueryPeriod(actEndedOn).isBefore(collectedOn)) {
            return List.empty();
        }
        LocalDate last = regulations.lastDayOfQueryPeriod(actEndedOn);
        return List.of(Rejection.of(QUERY_PERIOD_ENDED, "actEndedOn", actEndedOn.toString(),
                        "该行为终止于" + actEndedOn + "，查询期限已于" + last + "届满，不再采集",
                        "The act ended on " + actEndedOn + "; its query period ended on " + last
                                + ", so it is no longer collected")
                .withLegalBasis(regulations.article("第三十五条")));
    }

    private Seq<Rejection> dates(LocalDate collectedOn, String citation) {
        List<Rejection> errors = List.empty();
        if (actDate == null) {
            return errors.append(required("ACT_DATE_REQUIRED", "actDate", "失信信息产生的日期", "The date of the act"));
        }
        if (!PlausibleDates.plausible(actDate)) {
            errors = errors.append(PlausibleDates.outOfRange("actDate", actDate.toString()));
        }
        if (actEndedOn != null && !PlausibleDates.plausible(actEndedOn)) {
            errors = errors.append(PlausibleDates.outOfRange("actEndedOn", actEndedOn.toString()));
        }
        if (actDate.isAfter(collectedOn)) {
            errors = errors.append(Rejection.of("ACT_DATE_AFTER_COLLECTION", "actDate", actDate.toString(),
                    "失信信息产生的日期不能晚于采集日期" + collectedOn, "The act date cannot be after the collection date "
                            + collectedOn).withLegalBasis(Citations.article(citation, "第七条第（一）项")));
        }
        if (actEndedOn != null && actEndedOn.isBefore(actDate)) {
            errors = errors.append(Rejection.of("ACT_ENDED_BEFORE_ACT_DATE", "actEndedOn", actEndedOn.toString(),
                    "行为终止日期不能早于失信信息产生的日期" + actDate, "The act cannot end before its date " + actDate));
        }
        if (actEndedOn != null && actEndedOn.isAfter(collectedOn)) {
            errors = errors.append(Rejection.of("ACT_ENDED_AFTER_COLLECTION", "actEndedOn", actEndedOn.toString(),
                    "行为终止日期不能晚于采集日期" + collectedOn, "The act cannot end after the collection date "
                            + collectedOn));
        }
        return errors;
    }

    private Either<Seq<Rejection>, Category> category(Either<Seq<Rejection>, Measure> policy) {
        if (categoryItem == null) {
            return Either.left(List.of(required("CATEGORY_REQUIRED", "category", "失信信息类别", "The category")));
        }
        return policy.isLeft()
                ? Either.left(List.empty())
                : policy.get().category(categoryItem).mapLeft(List::of);
    }

    private Seq<Rejection> subjectAllowed(Category category, String citation) {
        if (subject == null || subject.kind() == null || category.allows(subject.kind())) {
            return List.empty();
        }
        return List.of(Rejection.of("CATEGORY_NOT_FOR_SUBJECT", "category", String.valueOf(category.item()),
                "第" + category.item() + "类失信信息只适用于单位，不适用于" + subject.kind().nameZh(),
                "Category " + category.item() + " concerns organisations only, not an " + subject.kind().nameEn())
                .withLegalBasis(Citations.article(citation, "第五条")));
    }

    private Either<Seq<Rejection>, Option<BigDecimal>> amountFor(Category category) {
        if (amount == null) {
            return category.amountRequired()
                    ? Either.left(List.of(Rejection.of("AMOUNT_REQUIRED", "amount", "",
                            "第" + category.item() + "类失信信息须填写金额（" + category.amountKind().nameZh() + "）",
                            "A category " + category.item() + " record states an amount ("
                                    + category.amountKind().nameEn() + ")")))
                    : Either.right(Option.none());
        }
        if (!category.hasAmount()) {
            return Either.left(List.of(Rejection.of("AMOUNT_NOT_APPLICABLE", "amount", amount.toPlainString(),
                    "第" + category.item() + "类失信信息没有金额", "A category " + category.item() + " record has no amount")));
        }
        List<Rejection> errors = List.empty();
        if (amount.signum() <= 0) {
            errors = errors.append(Rejection.of("AMOUNT_NOT_POSITIVE", "amount", amount.toPlainString(),
                    "金额必须大于零", "The amount must be more than zero"));
        }
        if (amount.compareTo(Limits.LARGEST_AMOUNT) > 0) {
            errors = errors.append(Rejection.of("AMOUNT_TOO_LARGE", "amount", amount.toPlainString(),
                    "金额不能超过" + Limits.LARGEST_AMOUNT.toPlainString() + "元",
                    "The amount is at most " + Limits.LARGEST_AMOUNT.toPlainString() + " yuan"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors = errors.append(Rejection.of("AMOUNT_SCALE", "amount", amount.toPlainString(),
                    "金额以元为单位，最多两位小数", "The amount is in yuan with at most two decimals"));
        }
        return errors.isEmpty()
                ? Either.right(Option.some(amount.setScale(2, RoundingMode.UNNECESSARY)))
                : Either.left(errors);
    }

    private static Either<Rejection, String> text(
            String raw, String field, int max, String codePrefix, String zh, String en, String citation) {
        Option<String> forbidden = TextRules.forbidden(raw);
        if (forbidden.isDefined()) {
            return Either.left(Rejection.of(RejectionCodes.TEXT_FORBIDDEN_CHARACTER, field, "",
                    zh + "含有不允许的字符（" + forbidden.get() + "）",
                    en + " holds a character it may not (" + forbidden.get() + ")"));
        }
        String value = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return Either.left(required(codePrefix + "_REQUIRED", field, zh, en)
                    .withLegalBasis(Citations.article(citation, "第七条第（一）项")));
        }
        if (value.length() > max) {
            return Either.left(Rejection.of(codePrefix + "_TOO_LONG", field, value.substring(0, 20) + "…",
                    zh + "不能超过" + max + "个字符", en + " has at most " + max + " characters"));
        }
        return Either.right(value);
    }

    private static Rejection required(String code, String field, String zh, String en) {
        return Rejection.of(code, field, "", zh + "不能为空", en + " is required");
    }
}
