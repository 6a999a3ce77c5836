package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.PlatformGatewayPort.Receipt;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.YearMonth;

/**
 * The Bureau reports a month to the Platform (沪人社规〔2018〕30号 第七条第二款): every record submitted for the month,
 * with exactly the fields of 第七条, under one idempotency key — sending the same report twice never duplicates
 * it — and the records are marked reported only once the Platform acknowledged them. The result also names the
 * providers that have not submitted for the month.
 */
public interface ReportMonthUseCase {

    Either<Rejection, Result> report(Command command);

    record Command(@NotNull Caller caller, @NotNull YearMonth period) {
    }

    record Result(YearMonth period, String idempotencyKey, Option<Receipt> receipt, Seq<RecordId> reported,
                  Seq<String> providersNotSubmitted) {
    }
}
