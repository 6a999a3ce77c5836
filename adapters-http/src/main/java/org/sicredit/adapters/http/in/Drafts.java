package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Try;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.IdentityDocument;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A JSON row made into what it says: a draft for the domain to judge, or every value that could not be read, each
 * under the field it fills. Whether the draft is lawful is the domain's to say.
 */
final class Drafts {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,4})?");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Drafts() {
    }

    static CollectSubmissionUseCase.Row row(int place, Bodies.SubmissionRow row) {
        int number = row == null || row.number() == null ? place : row.number();
        if (row == null) {
            return CollectSubmissionUseCase.Row.unreadable(number, List.of(Rejection.of(
                    RejectionCodes.REQUEST_BODY_REQUIRED, "row", "", "空行", "An empty row")));
        }
        Either<Seq<Rejection>, RecordDraft> draft = draft(row);
        return draft.fold(rejections -> CollectSubmissionUseCase.Row.unreadable(number, rejections),
                read -> new CollectSubmissionUseCase.Row(number, read));
    }

    static Either<Seq<Rejection>, RecordDraft> draft(Bodies.SubmissionRow row) {
        Seq<Rejection> unreadable = List.empty();
        Either<Rejection, SubjectDraft> subject = subject(row);
        Either<Rejection, LocalDate> actDate = day("actDate", row.actDate());
        Either<Rejection, LocalDate> actEndedOn = day("actEndedOn", row.actEndedOn());
        Either<Rejection, BigDecimal> amount = amount(row.amount());
        Either<Rejection, Scheme> scheme = row.scheme() == null ? Either.right(null)
                : choice("scheme", row.scheme(), Scheme.class, "险种须为 SOCIAL_INSURANCE 或 MEDICAL_INSURANCE",
                        "The scheme is SOCIAL_INSURANCE or MEDICAL_INSURANCE");
        for (Either<Rejection, ?> value : List.of(subject, actDate, actEndedOn, amount, scheme)) {
            if (value.isLeft()) {
                unreadable = unreadable.append(value.getLeft());
            }
        }
        if (!unreadable.isEmpty()) {
            return Either.left(unreadable);
        }
        return Either.right(new RecordDraft(subject.get(), row.category(), row.cause(), actDate.get(),
                actEndedOn.get(), row.documentNumber(), amount.get(), yes(row.publicNoticeIssued()),
                yes(row.obstructionSerious()), yes(row.fundSecurityHarm()), yes(row.administrationHarm()),
                scheme.get()));
    }

    private static Either<Rejection, SubjectDraft> subject(Bodies.SubmissionRow row) {
        Bodies.SubjectBody subject = row.subject();
        if (subject == null) {
            return Either.right(null);
        }
        Either<Rejection, SubjectKind> kind = subject.kind() == null ? Either.right(null)
                : choice(SubjectDraft.KIND, subject.kind(), SubjectKind.class, "主体类型须为 ORGANISATION 或 INDIVIDUAL",
                        "The kind of subject is ORGANISATION or INDIVIDUAL");
        Either<Rejection, IdentityDocument> document = subject.document() == null
                ? Either.right(IdentityDocument.RESIDENT_ID)
                : choice("subject.document", subject.document(), IdentityDocument.class,
                        "证件类型须为 RESIDENT_ID、FOREIGN_PERMANENT_RESIDENT_ID 或 PASSPORT",
                        "The document is RESIDENT_ID, FOREIGN_PERMANENT_RESIDENT_ID or PASSPORT");
        return kind.flatMap(k -> document.map(d -> {
            Bodies.LegalRepresentativeBody representative = row.legalRepresentative();
            String representativeName = representative == null ? null : representative.name();
            String representativeId = representative == null ? null : representative.residentIdNumber();
            return k == SubjectKind.INDIVIDUAL
                    ? new SubjectDraft(k, subject.name(), subject.identifier(), representativeName, representativeId, d)
                    : new SubjectDraft(k, subject.name(), subject.identifier(), representativeName, representativeId);
        }));
    }

    static Either<Rejection, LocalDate> day(String field, String value) {
        if (value == null) {
            return Either.right(null);
        }
        if (!DAY.matcher(value).matches()) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_DATE, field, "", "日期须写作 YYYY-MM-DD",
                    "A date is written YYYY-MM-DD"));
        }
        return Try.of(() -> LocalDate.parse(value)).toEither().mapLeft(failure -> Rejection.of(
                RejectionCodes.REQUEST_DATE, field, "", "不是存在的日期", "Not a date that exists"));
    }

    private static Either<Rejection, BigDecimal> amount(String value) {
        if (value == null) {
            return Either.right(null);
        }
        return AMOUNT.matcher(value).matches() ? Either.right(new BigDecimal(value))
                : Either.left(Rejection.of(RejectionCodes.REQUEST_VALUE_TYPE, "amount", "",
                        "金额须写作不带符号的十进制数，如 \"12000.00\"", "An amount is an unsigned decimal string, "
                                + "such as \"12000.00\""));
    }

    static <E extends Enum<E>> Either<Rejection, E> choice(String field, String value, Class<E> type, String zh,
                                                          String en) {
        return Try.of(() -> Enum.valueOf(type, value)).toEither()
                .mapLeft(failure -> Rejection.of(RejectionCodes.REQUEST_VALUE_TYPE, field, "", zh, en));
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
