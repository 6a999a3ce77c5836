package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.ListApiKeysUseCase;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.Clock;

/** The Bureau's work: monthly reports (第七条), the outbox, the expiry sweep, statistics, the catalogue, API keys. */
final class BureauOperations {

    private BureauOperations() {
    }

    static List<Operation> of(Sicredit sicredit, Clock clock) {
        return List.of(
                Operation.post("/reports", "reportMonth").tag("Reports")
                        .summary("Report a month's submitted records to the Platform (queued, relayed after commit); "
                                + "names the providers that have not submitted")
                        .needs(Permission.REPORT_MONTH).body(Bodies.MonthReport.class)
                        .answers(200, Views.MonthReportResult.class)
                        .handle(exchange -> exchange.json(Bodies.MonthReport.class)
                                .flatMap(body -> exchange.month("period", body.period()))
                                .flatMap(period -> sicredit.reportMonth().report(new ReportMonthUseCase.Command(
                                        exchange.caller(), period)))
                                .map(result -> Reply.ok(new Views.MonthReportResult(result.period().toString(),
                                        result.idempotencyKey(), result.message().map(MessageId::value).getOrNull(),
                                        ViewMapping.ids(result.queued()),
                                        result.providersNotSubmitted().toJavaList())))),
                Operation.get("/outbox", "listUndeliveredMessages").tag("Outbox")
                        .summary("Messages to the Platform and providers not yet delivered (or only those that failed "
                                + "for good), never their personal content")
                        .needs(Permission.LIST_OUTBOX)
                        .param(Operation.Param.query("failedOnly", "boolean", false, "Only messages that failed for good"))
                        .paged().answers(200, Views.OutboxPage.class)
                        .handle(exchange -> exchange.flag("failedOnly").flatMap(failed -> exchange.page()
                                        .flatMap(page -> sicredit.listUndeliveredMessages().page(
                                                new ListUndeliveredMessagesUseCase.Query(exchange.caller(), failed),
                                                page)))
                                .map(page -> Reply.ok(new Views.OutboxPage(page.items().map(ViewMapping::message)
                                        .toJavaList(), page.nextCursor().getOrNull())))),
                Operation.post("/outbox/{messageId}/requeue", "requeueMessage").tag("Outbox")
                        .summary("Queue again a message that failed for good")
                        .needs(Permission.REQUEUE_MESSAGE)
                        .param(Operation.Param.path("messageId", "The message's id"))
                        .answers(200, Views.OutboxMessage.class)
                        .handle(exchange -> message(exchange.path("messageId"))
                                .flatMap(id -> sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(
                                        exchange.caller(), id)))
                                .map(view -> Reply.ok(ViewMapping.message(view)))),
                Operation.post("/outbox/relay", "relayOutbox").tag("Outbox")
                        .summary("Deliver the messages that are due now (the server's job does this on its own)")
                        .needs(Permission.RELAY_OUTBOX).answers(200, Views.RelayResult.class)
                        .handle(exchange -> sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(
                                        exchange.caller()))
                                .map(result -> Reply.ok(new Views.RelayResult(ViewMapping.ids(result.delivered()),
                                        ViewMapping.ids(result.retrying()), ViewMapping.ids(result.failed()),
                                        ViewMapping.ids(result.claimLost()))))),
                Operation.post("/expiry", "expireRecords").tag("Records")
                        .summary("Expire the records whose query period is over (the server's daily job does this)")
                        .needs(Permission.EXPIRE_RECORDS).answers(200, Views.ExpiryResult.class)
                        .handle(exchange -> sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(
                                        exchange.caller()))
                                .map(result -> Reply.ok(new Views.ExpiryResult(ViewMapping.ids(result.expired()),
                                        result.skippedBecauseAnotherSweepWasFirst())))),
                Operation.get("/statistics", "produceStatistics").tag("Reports")
                        .summary("Records collected per month, category, severity, provider and state (a provider "
                                + "sees its own)")
                        .needs(Permission.PRODUCE_STATISTICS)
                        .param(Operation.Param.query("from", "string", true, "First month, YYYY-MM")
                                .pattern("^[0-9]{4}-[0-9]{2}$"))
                        .param(Operation.Param.query("to", "string", true, "Last month, YYYY-MM")
                                .pattern("^[0-9]{4}-[0-9]{2}$"))
                        .answers(200, Views.Statistics.class)
                        .handle(exchange -> exchange.required("from").flatMap(from -> exchange.month("from", from))
                                .flatMap(from -> exchange.required("to").flatMap(to -> exchange.month("to", to))
                                        .flatMap(to -> sicredit.produceStatistics().produce(
                                                new ProduceStatisticsUseCase.Query(exchange.caller(), from, to))))
                                .map(result -> Reply.ok(ViewMapping.statistics(result)))),
                Operation.get("/catalogue", "produceCatalogue").tag("Reports")
                        .summary("The catalogue of dishonesty information and the serious list in force on a day "
                                + "(default today)")
                        .param(Operation.Param.query("on", "string", false, "The day, YYYY-MM-DD").format("date"))
                        .answers(200, Views.Catalogue.class)
                        .handle(exchange -> exchange.dayOrToday("on", ShanghaiTime.today(clock))
                                .flatMap(on -> sicredit.produceCatalogue().produce(new ProduceCatalogueUseCase.Query(on)))
                                .map(catalogue -> Reply.ok(ViewMapping.catalogue(catalogue, exchange.language())))),
                Operation.post("/api-keys", "issueApiKey").tag("API keys")
                        .summary("Issue an API key for a role (and a provider or subject); the token is in this "
                                + "answer and nowhere else")
                        .needs(Permission.MANAGE_API_KEYS).body(Bodies.ApiKeyRequest.class)
                        .answers(201, Views.IssuedApiKey.class)
                        .handle(exchange -> exchange.json(Bodies.ApiKeyRequest.class)
                                .flatMap(body -> role(body.role()).flatMap(role -> sicredit.issueApiKey().issue(
                                        new IssueApiKeyUseCase.Command(exchange.caller(), role, body.providerCode(),
                                                body.subject(), body.label()))))
                                .map(issued -> Reply.json(201, new Views.IssuedApiKey(ViewMapping.apiKey(issued.key()),
                                        issued.token())))),
                Operation.get("/api-keys", "listApiKeys").tag("API keys")
                        .summary("Every API key issued, revoked ones too; never a token")
                        .needs(Permission.MANAGE_API_KEYS).answers(200, Views.ApiKeyList.class)
                        .handle(exchange -> sicredit.listApiKeys().list(new ListApiKeysUseCase.Query(exchange.caller()))
                                .map(keys -> Reply.ok(new Views.ApiKeyList(keys.map(ViewMapping::apiKey).toJavaList())))),
                Operation.post("/api-keys/{keyId}/revocation", "revokeApiKey").tag("API keys")
                        .summary("Withdraw an API key: from now on it authenticates no one")
                        .needs(Permission.MANAGE_API_KEYS).param(Operation.Param.path("keyId", "The key's id"))
                        .answers(200, Views.ApiKey.class)
                        .handle(exchange -> sicredit.revokeApiKey().revoke(new RevokeApiKeyUseCase.Command(
                                        exchange.caller(), exchange.path("keyId")))
                                .map(view -> Reply.ok(ViewMapping.apiKey(view)))));
    }

    private static Either<Rejection, MessageId> message(String value) {
        return Ids.plain(value) ? Either.right(new MessageId(value)) : Either.left(Rejection.of(
                RejectionCodes.OUTBOX_MESSAGE_NOT_FOUND, "messageId", "", "没有这条消息", "No such message"));
    }

    private static Either<Rejection, ActorRole> role(String role) {
        return role == null ? Either.right(null) : Drafts.choice("role", role, ActorRole.class,
                "角色须为 BUREAU、PROVIDER、CENTRE、OFFICER、AUDITOR 或 SUBJECT",
                "The role is BUREAU, PROVIDER, CENTRE, OFFICER, AUDITOR or SUBJECT");
    }
}
