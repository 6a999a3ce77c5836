package org.sicredit.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.port.in.ReadAuditTrailUseCase;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.view.Page;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Clock;
import java.util.Comparator;

final class AuditTrailService implements ReadAuditTrailUseCase {

    private final AuditLogPort audit;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    AuditTrailService(AuditLogPort audit, Trail trail, Clock clock, CommandCheck check) {
        this.audit = audit;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Seq<AuditEntry>> read(Query query) {
        return check.check(query)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.READ_AUDIT_TRAIL))
                .flatMap(caller -> identified(query.identifier()))
                .map(about -> {
                    Seq<AuditEntry> entries = about.flatMap(audit::entriesAbout).distinct()
                            .sorted(Comparator.comparing(AuditEntry::at));
                    trail.trailRead(query.caller(), query.purpose(), about.head().masked(), about,
                            entries.flatMap(AuditEntry::records).distinct());
                    return entries;
                });
    }

    @Override
    public Either<Rejection, Page<AuditEntry>> page(Query query, PageRequest page) {
        return Paging.checkPosition(page).flatMap(valid -> read(query))
                .flatMap(all -> Paging.byPosition(all, page));
    }

    private Either<Rejection, Seq<SubjectIdentifier>> identified(String identifier) {
        Seq<SubjectIdentifier> about = LookUpSubjectService.parsed(identifier, clock);
        return about.isEmpty()
                ? Either.left(Rejection.of(RejectionCodes.LOOKUP_IDENTIFIER, "identifier",
                        PersonalNumberMask.mask(identifier.strip()), "不是可识别的统一社会信用代码、组织机构代码或证件号码",
                        "Not a credit code, organisation code or identity document number sicredit knows"))
                : Either.right(about);
    }
}
