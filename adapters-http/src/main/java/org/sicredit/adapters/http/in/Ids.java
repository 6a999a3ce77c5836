package org.sicredit.adapters.http.in;

import io.vavr.control.Either;
import io.vavr.control.Try;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.repair.RepairApplicationId;

import java.util.regex.Pattern;

/** Ids from paths and bodies, refused plainly — and never echoed — when they are not of their form. */
final class Ids {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private Ids() {
    }

    static Either<Rejection, RecordId> record(String field, String value) {
        return Try.of(() -> RecordId.of(value)).filter(id -> id.toString().equalsIgnoreCase(value)).toEither()
                .mapLeft(failure -> Rejection.of(RejectionCodes.RECORD_NOT_FOUND, field, "",
                        "没有这条失信信息（编号应为 UUID）", "No such record (a record id is a UUID)"));
    }

    static Either<Rejection, ObjectionId> objection(String value) {
        return plain(value) ? Either.right(new ObjectionId(value)) : Either.left(Rejection.of(
                RejectionCodes.OBJECTION_NOT_FOUND, "objectionId", "", "没有这件异议申请", "No such objection"));
    }

    static Either<Rejection, RepairApplicationId> repair(String value) {
        return plain(value) ? Either.right(new RepairApplicationId(value)) : Either.left(Rejection.of(
                RejectionCodes.REPAIR_NOT_FOUND, "applicationId", "", "没有这件信用修复申请",
                "No such repair application"));
    }

    static boolean plain(String value) {
        return value != null && PLAIN.matcher(value).matches();
    }
}
