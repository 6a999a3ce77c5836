package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ReadAuditTrailUseCase;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Looking subjects up (沪人社规〔2018〕30号 第八条): a profile as of a day, subjects by name, and who looked — each a
 * POST, since each is itself recorded in the audit trail and an identifier never belongs in a URL.
 */
final class SubjectOperations {

    private SubjectOperations() {
    }

    static List<Operation> of(Sicredit sicredit, Clock clock) {
        return List.of(
                Operation.post("/lookups", "lookUpSubject").tag("Subjects")
                        .summary("A subject's profile as of a day (default today): its active records, the sanction "
                                + "measures they bring and why; audited with the purpose")
                        .needs(Permission.LOOK_UP_SUBJECT).body(Bodies.Lookup.class)
                        .answers(200, Views.Profile.class)
                        .handle(exchange -> exchange.json(Bodies.Lookup.class)
                                .flatMap(body -> asOf(exchange, body.asOf(), clock)
                                        .flatMap(asOf -> sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(
                                                exchange.caller(), body.identifier(), asOf, body.purpose()))))
                                .map(result -> Reply.ok(ViewMapping.profile(result, exchange.language())))),
                Operation.post("/name-searches", "findSubjectsByName").tag("Subjects")
                        .summary("The distinct subjects that bear a name, identifiers masked; audited")
                        .needs(Permission.FIND_SUBJECTS_BY_NAME).body(Bodies.NameSearch.class)
                        .answers(200, Views.NameSearchResult.class)
                        .handle(exchange -> exchange.json(Bodies.NameSearch.class)
                                .flatMap(body -> asOf(exchange, body.asOf(), clock)
                                        .flatMap(asOf -> sicredit.findSubjectsByName().find(
                                                new FindSubjectsByNameUseCase.Query(exchange.caller(), body.name(),
                                                        asOf, body.purpose()))))
                                .map(found -> Reply.ok(new Views.NameSearchResult(found
                                        .map(subject -> new Views.SubjectOfTheName(subject.maskedIdentifier(),
                                                subject.kind().name(), subject.activeRecords())).toJavaList())))),
                Operation.post("/audit-trail-reads", "readAuditTrail").tag("Subjects")
                        .summary("Who looked at a subject and why, oldest first, a page at a time (auditors only); "
                                + "the reading is itself audited")
                        .needs(Permission.READ_AUDIT_TRAIL).body(Bodies.AuditTrailRead.class).paged()
                        .answers(200, Views.AuditTrailPage.class)
                        .handle(exchange -> exchange.json(Bodies.AuditTrailRead.class)
                                .flatMap(body -> exchange.page().flatMap(page -> sicredit.readAuditTrail().page(
                                        new ReadAuditTrailUseCase.Query(exchange.caller(), body.identifier(),
                                                body.purpose()), page)))
                                .map(page -> Reply.ok(new Views.AuditTrailPage(page.items().map(ViewMapping::audit)
                                        .toJavaList(), page.nextCursor().getOrNull())))));
    }

    private static Either<Rejection, LocalDate> asOf(Exchange exchange, String asOf, Clock clock) {
        return asOf == null ? Either.right(ShanghaiTime.today(clock)) : exchange.day("asOf", asOf);
    }
}
