package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.view.Page;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

/**
 * "Who looked at this subject, and why?" — every entry of the audit trail about one subject, oldest first: lookups
 * with their stated purposes, refused lookups with the refusal, and every change to the subject's records. For
 * auditors only (the access table's {@code READ_AUDIT_TRAIL}); the reading itself lands in the trail, with its
 * purpose. An identifier in any form a lookup takes (a credit code and its organisation code read alike).
 */
public interface ReadAuditTrailUseCase {

    Either<Rejection, Seq<AuditEntry>> read(Query query);

    /** One page of the same list, in the same stable order. */
    Either<Rejection, Page<AuditEntry>> page(Query query, PageRequest page);

    record Query(@NotNull @Valid Caller caller, @NotBlank @Size(max = 64) String identifier,
                 @NotBlank @Size(max = Limits.PURPOSE) String purpose) {
    }
}
