package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.Clock;
import java.util.function.BiFunction;

/** The objection flow (沪人社规〔2018〕30号 第九条, 上海市社会信用条例 第三十六条): every step, and the open ones. */
final class ObjectionOperations {

    private static final String ID = "objectionId";

    private ObjectionOperations() {
    }

    static List<Operation> of(Sicredit sicredit, Clock clock) {
        return List.of(
                Operation.post("/objections", "receiveObjection").tag("Objections")
                        .summary("The Centre receives a subject's objection to a record on the Platform")
                        .needs(Permission.RECEIVE_OBJECTION).body(Bodies.ObjectionFiling.class)
                        .answers(201, Views.Objection.class).versioned()
                        .handle(exchange -> exchange.json(Bodies.ObjectionFiling.class)
                                .flatMap(body -> Ids.record("recordId", body.recordId())
                                        .flatMap(record -> sicredit.receiveObjection().receive(
                                                new ReceiveObjectionUseCase.Command(exchange.caller(), record,
                                                        body.grounds()))))
                                .map(ObjectionOperations::created)),
                step("mark", "markObjection", "The Centre marks the record as under objection",
                        Permission.MARK_OBJECTION, sicredit, (exchange, id) -> exchange.expected()
                                .flatMap(expected -> sicredit.markObjection().mark(new MarkObjectionUseCase.Command(
                                        exchange.caller(), id, expected)))),
                step("forward", "forwardObjection", "The Centre forwards the objection to the Bureau",
                        Permission.FORWARD_OBJECTION, sicredit, (exchange, id) -> exchange.expected()
                                .flatMap(expected -> sicredit.forwardObjection().forward(
                                        new ForwardObjectionUseCase.Command(exchange.caller(), id, expected)))),
                step("provider-notification", "notifyProvider",
                        "The Bureau asks the owning provider to verify (the request is queued and relayed)",
                        Permission.NOTIFY_PROVIDER, sicredit, (exchange, id) -> exchange.expected()
                                .flatMap(expected -> sicredit.notifyProvider().notifyProvider(
                                        new NotifyProviderUseCase.Command(exchange.caller(), id, expected)))),
                Operation.post("/objections/{objectionId}/verification", "verifyObjection").tag("Objections")
                        .summary("The owning provider records what its verification found")
                        .needs(Permission.VERIFY_OBJECTION).param(Operation.Param.path(ID, "The objection's id"))
                        .body(Bodies.Finding.class).answers(200, Views.Objection.class).versioned()
                        .handle(exchange -> with(exchange, (x, id) -> x.json(Bodies.Finding.class)
                                .flatMap(body -> x.expected().flatMap(expected -> sicredit.verifyObjection().verify(
                                        new VerifyObjectionUseCase.Command(x.caller(), id, body.finding(),
                                                expected)))))),
                Operation.post("/objections/{objectionId}/decision", "decideObjection").tag("Objections")
                        .summary("The Bureau decides within five working days: UPHOLD, CORRECT (with the corrected "
                                + "record) or DELETE; the Centre is told")
                        .needs(Permission.DECIDE_OBJECTION).param(Operation.Param.path(ID, "The objection's id"))
                        .body(Bodies.ObjectionDecision.class).answers(200, Views.Objection.class).versioned()
                        .handle(exchange -> with(exchange, (x, id) -> x.json(Bodies.ObjectionDecision.class)
                                .flatMap(body -> decision(body).flatMap(decision -> correction(body)
                                        .flatMap(correction -> x.expected().flatMap(expected -> sicredit
                                                .decideObjection().decide(new DecideObjectionUseCase.Command(
                                                        x.caller(), id, decision, body.reason(), correction,
                                                        expected)))))))),
                Operation.get("/objections", "listOpenObjections").tag("Objections")
                        .summary("The objections not yet decided, each step's due date and lateness on a day "
                                + "(default today), oldest id first")
                        .needs(Permission.LIST_OPEN_OBJECTIONS)
                        .param(Operation.Param.query("on", "string", false, "The day, YYYY-MM-DD").format("date"))
                        .param(Operation.Param.query("overdueOnly", "boolean", false, "Only overdue ones"))
                        .paged().answers(200, Views.OpenObjectionPage.class)
                        .handle(exchange -> exchange.dayOrToday("on", ShanghaiTime.today(clock))
                                .flatMap(on -> exchange.flag("overdueOnly").flatMap(overdue -> exchange.page()
                                        .flatMap(page -> sicredit.listOpenObjections().page(
                                                new ListOpenObjectionsUseCase.Query(exchange.caller(), on, overdue),
                                                page))))
                                .map(page -> Reply.ok(new Views.OpenObjectionPage(page.items()
                                        .map(ViewMapping::openObjection).toJavaList(),
                                        page.nextCursor().getOrNull())))));
    }

    private static Operation step(String path, String id, String summary, Permission permission, Sicredit sicredit,
                                  BiFunction<Exchange, ObjectionId, Either<Rejection, ObjectionView>> step) {
        return Operation.post("/objections/{objectionId}/" + path, id).tag("Objections").summary(summary)
                .needs(permission).param(Operation.Param.path(ID, "The objection's id"))
                .answers(200, Views.Objection.class).versioned()
                .handle(exchange -> with(exchange, step));
    }

    private static Either<Rejection, Reply> with(Exchange exchange,
                                                 BiFunction<Exchange, ObjectionId, Either<Rejection, ObjectionView>> step) {
        return Ids.objection(exchange.path(ID)).flatMap(id -> step.apply(exchange, id))
                .map(view -> Reply.ok(ViewMapping.objection(view)).version(view.version()));
    }

    private static Reply created(ObjectionView view) {
        return Reply.json(201, ViewMapping.objection(view)).version(view.version())
                .at(RestApi.BASE + "/objections/" + view.id().value());
    }

    private static Either<Rejection, Decision> decision(Bodies.ObjectionDecision body) {
        if (body.decision() == null) {
            return Either.left(Rejection.of(RejectionCodes.COMMAND_REQUIRED, "decision", "",
                    "须给出决定：UPHOLD、CORRECT 或 DELETE", "A decision is required: UPHOLD, CORRECT or DELETE"));
        }
        return Drafts.choice("decision", body.decision(), Decision.class, "决定须为 UPHOLD、CORRECT 或 DELETE",
                "The decision is UPHOLD, CORRECT or DELETE");
    }

    private static Either<Rejection, RecordDraft> correction(Bodies.ObjectionDecision body) {
        if (body.correction() == null) {
            return Either.right(null);
        }
        return Drafts.draft(body.correction()).mapLeft(rejections -> rejections.head().atField("correction."
                + rejections.head().field()));
    }
}
