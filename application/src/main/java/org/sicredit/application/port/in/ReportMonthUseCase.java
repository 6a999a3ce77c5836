package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.YearMonth;

/**
 * The Bureau reports a month to the Platform (沪人社规〔2018〕30号 第七条第二款): every record submitted for the month,
 * with exactly the fields of 第七条, under one idempotency key — sending the same report twice never duplicates
 * it. The report is queued in the outbox in the same transaction that claims the records, and the relay
 * ({@link RelayOutboxUseCase}) delivers it after commit; the records are marked reported only once the Platform
 * acknowledged them. Records already queued in an undelivered report at the same version are not queued twice. The
 * result also names the providers that have not submitted for the month.
 */
public interface ReportMonthUseCase {

    Either<Rejection, Result> report(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull YearMonth period) {
    }

    /**
     * @param message the queued report, none when there was nothing new to report
     * @param queued  the records it reports
     */
    record Result(YearMonth period, String idempotencyKey, Option<MessageId> message, Seq<RecordId> queued,
                  Seq<String> providersNotSubmitted) {
    }
}
