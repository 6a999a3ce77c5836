package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectKind;
import org.sicredit.domain.text.Limits;

import java.time.LocalDate;

/**
 * A name is not an identity: two people called 王五 are two subjects. Looking up by exact name (沪人社规〔2018〕30号
 * 第八条) answers the distinct subjects that bear it — identifier masked, kind, active records as of the day — never one
 * merged profile; the profile is then asked of one identifier through {@link LookUpSubjectUseCase}. Audited like a
 * lookup, naming every subject listed.
 */
public interface FindSubjectsByNameUseCase {

    Either<Rejection, Seq<SubjectOfTheName>> find(Query query);

    /** {@code purpose} says why, for the audit. */
    record Query(@NotNull @Valid Caller caller, @NotBlank @Size(max = Limits.NAME) String name, @NotNull LocalDate asOf,
                 @NotBlank @Size(max = Limits.PURPOSE) String purpose) {
    }

    /** One subject of the name: its identifier masked, its kind, and how many of its records are active. */
    record SubjectOfTheName(String maskedIdentifier, SubjectKind kind, int activeRecords) {
    }
}
