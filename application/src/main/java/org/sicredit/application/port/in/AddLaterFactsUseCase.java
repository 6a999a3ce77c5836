package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

import java.time.LocalDate;

/**
 * The owning provider records, on a record already reported, facts that arrived after the report, with their
 * evidence: the day the act ended (arrears paid, benefits returned, cooperation given) — from which the five-year
 * query period of 上海市社会信用条例 第三十五条 runs — and a public notice issued later (沪人社规〔2018〕30号 第六条第（一）项).
 * The record's history keeps the content before; its query period and severity are computed anew; the Platform is
 * told the change (idempotent by record and version) and the audit trail has it, in one transaction.
 */
public interface AddLaterFactsUseCase {

    Either<Rejection, Result> add(Command command);

    /** Give {@code actEndedOn}, {@code publicNoticeIssued}, or both. */
    record Command(@NotNull @Valid Caller caller, @NotNull RecordId recordId, LocalDate actEndedOn,
                   boolean publicNoticeIssued, @NotBlank @Size(max = Limits.EVIDENCE_REFERENCE) String evidenceReference,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RecordId recordId, LocalDate actEndedOn, boolean publicNoticeIssued, String evidenceReference) {
            this(caller, recordId, actEndedOn, publicNoticeIssued, evidenceReference, ExpectedVersion.any());
        }
    }

    record Result(RecordId recordId, long version, Option<LocalDate> lastDayOfQueryPeriod, Severity severity,
                  Seq<String> seriousBasis) {
    }
}
