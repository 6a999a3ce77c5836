package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.sanction.AppliedMeasure;
import org.sicredit.domain.sanction.FacilitationAnswer;
import org.sicredit.domain.text.Limits;

import java.time.LocalDate;

/**
 * An HRSS department looks a subject up (沪人社规〔2018〕30号 第八条) by credit code, organisation code, resident ID
 * number, permanent residence ID card or passport, as of a date — always one identity; a name is first resolved into
 * its distinct subjects by {@link FindSubjectsByNameUseCase}: its active records (with their state and query period), its severity,
 * its sanction profile and the answer to "may it use the conveniences of 第八条第（四）项?". A date after the Measure
 * expired is an answer, not a rejection: the records still in their query period, no measure, and the reason. Every lookup is written to the audit log — who, in
 * which role, for what purpose, about whom, when, and what was shown. The active records come in the order of their
 * act dates. Resident ID numbers are shown whole only to
 * the Bureau, the Centre and the provider that owns the record; everyone else sees them masked.
 */
public interface LookUpSubjectUseCase {

    Either<Rejection, Result> lookUp(Query query);

    /** {@code purpose} says why, for the audit. */
    record Query(@NotNull @Valid Caller caller, @NotBlank @Size(max = 64) String identifier, @NotNull LocalDate asOf,
                 @NotBlank @Size(max = Limits.PURPOSE) String purpose) {
    }

    record RecordView(RecordId id, String providerCode, int category, String cause, LocalDate actDate,
                      String documentNumber, String subjectName, String subjectIdentifier,
                      Option<String> legalRepresentativeName, Option<String> legalRepresentativeIdNumber,
                      Severity severity, Seq<String> seriousBasis, Option<LocalDate> lastDayOfQueryPeriod,
                      String state, String stateZh, Option<LocalDate> stateSince,
                      Option<LocalDate> lastCorrectedOn, long version) {
    }

    /**
     * A record of the subject revoked by {@code asOf} (上海市社会信用条例 第三十七条) that the Platform may still hold until
     * {@code deleteBy} — no longer sanctioning, shown so a reader of the Platform knows why it is there.
     * {@code deleteBy} is empty when the working calendar cannot count it yet.
     */
    record RevokedView(RecordId id, String providerCode, int category, String documentNumber, LocalDate revokedOn,
                       Option<LocalDate> deleteBy) {
    }

    /**
     * Which Measure's 第八条 the measures come from — or, on a date no Measure covers, why none applies while the
     * records stay visible for their query period (上海市社会信用条例 第三十五条).
     */
    record SanctionBasis(Option<String> measureCitation, String explanationZh, String explanationEn) {
    }

    record Result(LocalDate asOf, Seq<RecordView> activeRecords, Severity severity, Seq<AppliedMeasure> measures,
                  Seq<FacilitationAnswer> facilitation, SanctionBasis basis, Seq<RevokedView> revokedPendingDeletion) {
    }
}
