package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

/** Changes to a record after its report: later facts (the act ended, a notice issued) and revocation. */
final class RecordOperations {

    private static final String ID = "recordId";

    private RecordOperations() {
    }

    static List<Operation> of(Sicredit sicredit) {
        return List.of(
                Operation.post("/records/{recordId}/later-facts", "addLaterFacts").tag("Records")
                        .summary("The owning provider records facts that arrived after the report; the record is "
                                + "reclassified and the Platform told")
                        .needs(Permission.ADD_LATER_FACTS).param(Operation.Param.path(ID, "The record's id"))
                        .body(Bodies.LaterFacts.class).answers(200, Views.LaterFactsResult.class).versioned()
                        .handle(exchange -> Ids.record(ID, exchange.path(ID)).flatMap(id -> exchange
                                        .json(Bodies.LaterFacts.class).flatMap(body -> ended(body)
                                                .flatMap(ended -> exchange.expected().flatMap(expected -> sicredit
                                                        .addLaterFacts().add(new AddLaterFactsUseCase.Command(
                                                                exchange.caller(), id, ended,
                                                                Boolean.TRUE.equals(body.publicNoticeIssued()),
                                                                body.evidenceReference(), expected))))))
                                .map(result -> Reply.ok(ViewMapping.laterFacts(result)).version(result.version()))),
                Operation.post("/records/{recordId}/revocation", "revokeRecord").tag("Records")
                        .summary("A record whose underlying act was annulled is revoked: it stops sanctioning at once "
                                + "and the Platform must delete it by the day answered")
                        .needs(Permission.REVOKE_RECORD).param(Operation.Param.path(ID, "The record's id"))
                        .body(Bodies.Revocation.class).answers(200, Views.RevocationResult.class).versioned()
                        .handle(exchange -> Ids.record(ID, exchange.path(ID)).flatMap(id -> exchange
                                        .json(Bodies.Revocation.class).flatMap(body -> exchange.expected()
                                                .flatMap(expected -> sicredit.revokeRecord().revoke(
                                                        new RevokeRecordUseCase.Command(exchange.caller(), id,
                                                                body.reason(), expected)))))
                                .map(result -> Reply.ok(new Views.RevocationResult(result.recordId().toString(),
                                        result.revokedOn().toString(), result.deleteBy().toString(),
                                        result.version())).version(result.version()))));
    }

    private static Either<Rejection, LocalDate> ended(Bodies.LaterFacts body) {
        return Drafts.day("actEndedOn", body.actEndedOn());
    }
}
