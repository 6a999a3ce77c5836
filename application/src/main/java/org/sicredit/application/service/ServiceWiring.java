package org.sicredit.application.service;

import jakarta.validation.Validator;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.AnswerOnceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.AuthenticateUseCase;
import org.sicredit.application.port.in.CheckReadinessUseCase;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListApiKeysUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.in.ReadAuditTrailUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase.RetrySchedule;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.application.port.out.HolidayDataPort;
import org.sicredit.application.port.out.IdempotencyPort;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.application.port.out.SubmissionFilePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.PolicyBook;

import java.time.Clock;

/**
 * Builds the package-private services from the ports and hands them out as use-case interfaces. Embedders use
 * {@code org.sicredit.application.Sicredit}, which calls this; nothing else needs to.
 */
public final class ServiceWiring {

    /**
     * Every port and setting the services need, each required but the file ports: without {@code files} and
     * {@code errorReports} the file use cases are not wired ({@link UseCases#collectSubmissionFile()} is null), nor
     * without {@code readiness} the readiness check.
     */
    public record Ports(RecordStorePort records, SubmissionLogPort submissions, AuditLogPort audit,
                        PlatformGatewayPort platform, ObjectionStorePort objections, RepairStorePort repairs,
                        RecordStatisticsPort statistics, ProviderNotifierPort notifier, TransactionPort transactions,
                        HolidayDataPort holidays, OutboxPort outbox, RetrySchedule retrySchedule, PolicyBook book,
                        Clock clock, Validator validator, SubmissionFilePort files, ErrorReportPort errorReports,
                        ReadinessPort readiness, ApiKeyPort apiKeys, IdempotencyPort idempotency) {
    }

    /** Every use case of the application. */
    public record UseCases(CollectSubmissionUseCase collectSubmission,
                           ReportMonthUseCase reportMonth,
                           LookUpSubjectUseCase lookUpSubject,
                           FindSubjectsByNameUseCase findSubjectsByName,
                           ReceiveObjectionUseCase receiveObjection,
                           MarkObjectionUseCase markObjection,
                           ForwardObjectionUseCase forwardObjection,
                           NotifyProviderUseCase notifyProvider,
                           VerifyObjectionUseCase verifyObjection,
                           DecideObjectionUseCase decideObjection,
                           ListOpenObjectionsUseCase listOpenObjections,
                           AddLaterFactsUseCase addLaterFacts,
                           RevokeRecordUseCase revokeRecord,
                           ExpireRecordsUseCase expireRecords,
                           ApplyForRepairUseCase applyForRepair,
                           AddRepairEvidenceUseCase addRepairEvidence,
                           VerifyRepairUseCase verifyRepair,
                           IssueRepairProofUseCase issueRepairProof,
                           RefuseRepairUseCase refuseRepair,
                           ListOpenRepairsUseCase listOpenRepairs,
                           ProduceCatalogueUseCase produceCatalogue,
                           ProduceStatisticsUseCase produceStatistics,
                           RelayOutboxUseCase relayOutbox,
                           ListUndeliveredMessagesUseCase listUndeliveredMessages,
                           RequeueMessageUseCase requeueMessage,
                           CollectSubmissionFileUseCase collectSubmissionFile,
                           WriteErrorReportUseCase writeErrorReport,
                           CheckReadinessUseCase checkReadiness,
                           ReadAuditTrailUseCase readAuditTrail,
                           IssueApiKeyUseCase issueApiKey,
                           RevokeApiKeyUseCase revokeApiKey,
                           ListApiKeysUseCase listApiKeys,
                           AuthenticateUseCase authenticate,
                           AnswerOnceUseCase answerOnce) {
    }

    private ServiceWiring() {
    }

    public static UseCases wire(Ports ports) {
        CommandCheck check = new CommandCheck(ports.validator());
        Trail trail = new Trail(ports.audit(), ports.clock());
        ApiKeyService apiKeys = ports.apiKeys() == null ? null
                : new ApiKeyService(ports.apiKeys(), ports.transactions(), trail, ports.clock(), check);
        WorkingCalendar calendar = WorkingCalendar.of(ports.holidays().publishedSchedules());
        CollectSubmissionService collectSubmission = new CollectSubmissionService(ports.records(), ports.submissions(),
                ports.transactions(), trail, ports.book(), ports.clock(), check);
        ReportMonthService reportMonth = new ReportMonthService(ports.records(), ports.submissions(), ports.outbox(),
                ports.transactions(), ports.book(), trail, ports.clock(), check);
        LookUpSubjectService lookUpSubject = new LookUpSubjectService(ports.records(), trail, ports.book(), calendar,
                ports.clock(), check);
        ObjectionService objections = new ObjectionService(ports.records(), ports.objections(), ports.outbox(),
                ports.transactions(), ports.book(), calendar, trail, ports.clock(), check);
        RecordMaintenanceService maintenance = new RecordMaintenanceService(ports.records(), ports.outbox(),
                ports.transactions(), ports.book(), calendar, trail, ports.clock(), check);
        RepairService repair = new RepairService(ports.records(), ports.repairs(), ports.outbox(),
                ports.transactions(), ports.book(), calendar, trail, ports.clock(), check);
        ReportingService reporting = new ReportingService(ports.statistics(), ports.book(), check);
        OutboxRelayService relay = new OutboxRelayService(ports.outbox(), ports.records(), ports.platform(),
                ports.notifier(), ports.transactions(), ports.retrySchedule(), trail, ports.clock(), check);
        CollectSubmissionFileService files = ports.files() == null || ports.errorReports() == null ? null
                : new CollectSubmissionFileService(collectSubmission, ports.files(), ports.errorReports(), check);
        return new UseCases(collectSubmission, reportMonth, lookUpSubject, lookUpSubject,
                objections, objections, objections, objections, objections, objections, objections,
                maintenance, maintenance, maintenance,
                repair, repair, repair, repair, repair, repair,
                reporting, reporting,
                relay, relay, relay,
                files, files,
                ports.readiness() == null ? null : new ReadinessService(ports.readiness(), calendar, ports.clock()),
                new AuditTrailService(ports.audit(), trail, ports.clock(), check),
                apiKeys, apiKeys, apiKeys, apiKeys,
                ports.idempotency() == null ? null : new AnswerOnceService(ports.idempotency(), ports.clock(), check));
    }
}
