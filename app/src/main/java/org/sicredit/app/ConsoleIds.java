package org.sicredit.app;

import io.vavr.control.Either;
import io.vavr.control.Try;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.repair.RepairApplicationId;

import java.util.regex.Pattern;

/** Ids typed at the console, refused plainly — and never echoed, since a mistyped id may be a personal number. */
final class ConsoleIds {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private ConsoleIds() {
    }

    static Either<Rejection, RecordId> record(String value) {
        return Try.of(() -> RecordId.of(value)).filter(id -> id.toString().equalsIgnoreCase(value)).toEither()
                .mapLeft(failure -> Rejection.of(RejectionCodes.RECORD_NOT_FOUND, "recordId", "",
                        "没有这条失信信息（编号应为 UUID）", "No such record (a record id is a UUID)"));
    }

    static Either<Rejection, ObjectionId> objection(String value) {
        return PLAIN.matcher(value).matches() ? Either.right(new ObjectionId(value)) : Either.left(Rejection.of(
                RejectionCodes.OBJECTION_NOT_FOUND, "objectionId", "", "没有这件异议申请", "No such objection"));
    }

    static Either<Rejection, RepairApplicationId> repair(String value) {
        return PLAIN.matcher(value).matches() ? Either.right(new RepairApplicationId(value)) : Either.left(
                Rejection.of(RejectionCodes.REPAIR_NOT_FOUND, "applicationId", "", "没有这件信用修复申请",
                        "No such repair application"));
    }
}
