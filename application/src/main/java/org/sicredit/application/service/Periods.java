package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.domain.calendar.PlausibleDates;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.YearMonth;

/** The months a submission or a report may be for: plausible, and within the Regulations' time. */
final class Periods {

    private Periods() {
    }

    static Either<Rejection, YearMonth> underTheRegulations(YearMonth period, String field, PolicyBook book) {
        return PlausibleDates.check(period, field).flatMap(month -> book.regulationsOn(month.atEndOfMonth()).isRight()
                ? Either.right(month)
                : Either.left(Rejection.of(RejectionCodes.PERIOD_BEFORE_REGULATIONS, field, month.toString(),
                        "该月份早于《上海市社会信用条例》施行之日", "The month comes before the Regulations came into force")));
    }
}
