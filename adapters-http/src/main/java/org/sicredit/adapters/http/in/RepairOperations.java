package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;

import java.util.function.BiFunction;

/** Credit repair (沪人社规〔2018〕30号 第十条, 上海市社会信用条例 第三十八条): every step, and the open applications. */
final class RepairOperations {

    private static final String ID = "applicationId";

    private RepairOperations() {
    }

    static List<Operation> of(Sicredit sicredit) {
        return List.of(
                Operation.post("/repairs", "applyForRepair").tag("Repairs")
                        .summary("A subject (or the Centre, or the owning provider for it) applies to repair a record")
                        .needs(Permission.APPLY_FOR_REPAIR).body(Bodies.RepairFiling.class)
                        .answers(201, Views.Repair.class).versioned()
                        .handle(exchange -> exchange.json(Bodies.RepairFiling.class)
                                .flatMap(body -> Ids.record("recordId", body.recordId())
                                        .flatMap(record -> ground(body).flatMap(ground -> sicredit.applyForRepair()
                                                .apply(new ApplyForRepairUseCase.Command(exchange.caller(), record,
                                                        ground, body.explanation(), body.evidence() == null
                                                        ? java.util.List.of() : body.evidence())))))
                                .map(view -> Reply.json(201, ViewMapping.repair(view)).version(view.version())
                                        .at(RestApi.BASE + "/repairs/" + view.id().value()))),
                step("evidence", "addRepairEvidence", "Adds a piece of evidence to an open application",
                        Permission.ADD_REPAIR_EVIDENCE, Bodies.Evidence.class,
                        (x, id) -> x.json(Bodies.Evidence.class).flatMap(body -> x.expected()
                                .flatMap(expected -> sicredit.addRepairEvidence().addEvidence(
                                        new AddRepairEvidenceUseCase.Command(x.caller(), id, body.description(),
                                                expected))))),
                step("verification", "verifyRepair", "The owning provider verifies the application",
                        Permission.VERIFY_REPAIR, Bodies.Finding.class,
                        (x, id) -> x.json(Bodies.Finding.class).flatMap(body -> x.expected()
                                .flatMap(expected -> sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(
                                        x.caller(), id, body.finding(), expected))))),
                step("refusal", "refuseRepair", "The owning provider refuses the application, saying why",
                        Permission.REFUSE_REPAIR, Bodies.Refusal.class,
                        (x, id) -> x.json(Bodies.Refusal.class).flatMap(body -> x.expected()
                                .flatMap(expected -> sicredit.refuseRepair().refuse(new RefuseRepairUseCase.Command(
                                        x.caller(), id, body.reason(), expected))))),
                Operation.post("/repairs/{applicationId}/proof", "issueRepairProof").tag("Repairs")
                        .summary("The owning provider issues the written proof: the record stops sanctioning, the "
                                + "Centre is told and must delist it by the day answered")
                        .needs(Permission.ISSUE_REPAIR_PROOF).param(Operation.Param.path(ID, "The application's id"))
                        .body(Bodies.Proof.class).answers(200, Views.RepairProofResult.class).versioned()
                        .handle(exchange -> Ids.repair(exchange.path(ID)).flatMap(id -> exchange.json(Bodies.Proof.class)
                                .flatMap(body -> exchange.expected().flatMap(expected -> sicredit.issueRepairProof()
                                        .issueProof(new IssueRepairProofUseCase.Command(exchange.caller(), id,
                                                body.proofNumber(), expected)))))
                                .map(result -> Reply.ok(new Views.RepairProofResult(ViewMapping.repair(
                                        result.application()), result.recordId().toString(),
                                        result.delistBy().toString())).version(result.application().version()))),
                Operation.get("/repairs", "listOpenRepairs").tag("Repairs")
                        .summary("The applications not yet decided (a provider sees its own), oldest id first")
                        .needs(Permission.LIST_OPEN_REPAIRS).paged().answers(200, Views.RepairPage.class)
                        .handle(exchange -> exchange.page().flatMap(page -> sicredit.listOpenRepairs().page(
                                        new ListOpenRepairsUseCase.Query(exchange.caller()), page))
                                .map(page -> Reply.ok(new Views.RepairPage(page.items().map(ViewMapping::repair)
                                        .toJavaList(), page.nextCursor().getOrNull())))));
    }

    private static Operation step(String path, String id, String summary, Permission permission, Class<?> body,
                                  BiFunction<Exchange, RepairApplicationId, Either<Rejection, RepairView>> step) {
        return Operation.post("/repairs/{applicationId}/" + path, id).tag("Repairs").summary(summary)
                .needs(permission).param(Operation.Param.path(ID, "The application's id")).body(body)
                .answers(200, Views.Repair.class).versioned()
                .handle(exchange -> Ids.repair(exchange.path(ID)).flatMap(repair -> step.apply(exchange, repair))
                        .map(view -> Reply.ok(ViewMapping.repair(view)).version(view.version())));
    }

    private static Either<Rejection, RepairGround> ground(Bodies.RepairFiling body) {
        return body.ground() == null ? Either.right(null) : Drafts.choice("ground", body.ground(), RepairGround.class,
                "修复方式须为 OBLIGATIONS_FULFILLED、EXTENSION、SELF_EXPLANATION 或 OTHER",
                "The ground is OBLIGATIONS_FULFILLED, EXTENSION, SELF_EXPLANATION or OTHER");
    }
}
