package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.port.in.CheckReadinessUseCase;

/** Liveness and readiness, open to the load balancer without a key. */
final class ProbeOperations {

    private ProbeOperations() {
    }

    static List<Operation> of(Sicredit sicredit) {
        return List.of(
                Operation.get("/health", "health").tag("Probes").summary("The process answers (liveness)").open()
                        .answers(200, Views.Health.class)
                        .handle(exchange -> Either.right(Reply.ok(new Views.Health("UP")))),
                Operation.get("/ready", "ready").tag("Probes")
                        .summary("The database answers and its schema is current, the holidays are loaded (readiness); "
                                + "503 with the same body when not")
                        .open().answers(200, Views.Readiness.class)
                        .handle(exchange -> Either.right(ready(sicredit.checkReadiness().check(), exchange))));
    }

    private static Reply ready(CheckReadinessUseCase.Readiness readiness, Exchange exchange) {
        Views.Readiness body = new Views.Readiness(readiness.ready(), readiness.checks()
                .map(check -> new Views.ReadinessCheck(check.name(), check.ok(),
                        exchange.language() == Language.EN ? check.detailEn() : check.detailZh()))
                .toJavaList());
        return Reply.json(readiness.ready() ? 200 : 503, body);
    }
}
