package org.sicredit.spring;

import org.sicredit.application.Sicredit;
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
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every use case of {@link Sicredit} as a bean of its own {@code XxxUseCase} type, so a service injects the one it
 * calls ({@code private final CollectSubmissionUseCase collect;}) and a test may replace one. Each answers
 * {@code Either<Rejection, Result>}; inside the service's transaction it joins it. One service of the application
 * layer may answer several use cases (the outbox's relay, list and requeue); each bean shows only its own type, so
 * injecting one is never ambiguous. The disclosures — a lookup, a search by name, a reading of the audit trail — run in
 * a transaction of their own inside the service's ({@link OwnTransaction}), so their audit entries stay; the outbox
 * relay, which calls the Platform, runs outside it.
 */
@Configuration(proxyBeanMethods = false)
class SicreditUseCases {

    @Bean
    @ConditionalOnMissingBean
    CollectSubmissionFileUseCase sicreditCollectSubmissionFile(Sicredit sicredit) {
        return OnlyItsOwnType.of(CollectSubmissionFileUseCase.class, sicredit.collectSubmissionFile());
    }

    @Bean
    @ConditionalOnMissingBean
    WriteErrorReportUseCase sicreditWriteErrorReport(Sicredit sicredit) {
        return OnlyItsOwnType.of(WriteErrorReportUseCase.class, sicredit.writeErrorReport());
    }

    @Bean
    @ConditionalOnMissingBean
    CheckReadinessUseCase sicreditCheckReadiness(Sicredit sicredit) {
        return OnlyItsOwnType.of(CheckReadinessUseCase.class, sicredit.checkReadiness());
    }

    @Bean
    @ConditionalOnMissingBean
    IssueApiKeyUseCase sicreditIssueApiKey(Sicredit sicredit) {
        return OnlyItsOwnType.of(IssueApiKeyUseCase.class, sicredit.issueApiKey());
    }

    @Bean
    @ConditionalOnMissingBean
    RevokeApiKeyUseCase sicreditRevokeApiKey(Sicredit sicredit) {
        return OnlyItsOwnType.of(RevokeApiKeyUseCase.class, sicredit.revokeApiKey());
    }

    @Bean
    @ConditionalOnMissingBean
    ListApiKeysUseCase sicreditListApiKeys(Sicredit sicredit) {
        return OnlyItsOwnType.of(ListApiKeysUseCase.class, sicredit.listApiKeys());
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticateUseCase sicreditAuthenticate(Sicredit sicredit) {
        return OnlyItsOwnType.of(AuthenticateUseCase.class, sicredit.authenticate());
    }

    @Bean
    @ConditionalOnMissingBean
    AnswerOnceUseCase sicreditAnswerOnce(Sicredit sicredit) {
        return OnlyItsOwnType.of(AnswerOnceUseCase.class, sicredit.answerOnce());
    }

    @Bean
    @ConditionalOnMissingBean
    ReadAuditTrailUseCase sicreditReadAuditTrail(Sicredit sicredit,
                                                ObjectProvider<PlatformTransactionManager> transactions) {
        return OnlyItsOwnType.of(ReadAuditTrailUseCase.class, sicredit.readAuditTrail(),
                OwnTransaction.forDisclosure(transactions));
    }

    @Bean
    @ConditionalOnMissingBean
    CollectSubmissionUseCase sicreditCollectSubmission(Sicredit sicredit) {
        return OnlyItsOwnType.of(CollectSubmissionUseCase.class, sicredit.collectSubmission());
    }

    @Bean
    @ConditionalOnMissingBean
    ReportMonthUseCase sicreditReportMonth(Sicredit sicredit) {
        return OnlyItsOwnType.of(ReportMonthUseCase.class, sicredit.reportMonth());
    }

    @Bean
    @ConditionalOnMissingBean
    LookUpSubjectUseCase sicreditLookUpSubject(Sicredit sicredit,
                                              ObjectProvider<PlatformTransactionManager> transactions) {
        return OnlyItsOwnType.of(LookUpSubjectUseCase.class, sicredit.lookUpSubject(),
                OwnTransaction.forDisclosure(transactions));
    }

    @Bean
    @ConditionalOnMissingBean
    FindSubjectsByNameUseCase sicreditFindSubjectsByName(Sicredit sicredit,
                                                        ObjectProvider<PlatformTransactionManager> transactions) {
        return OnlyItsOwnType.of(FindSubjectsByNameUseCase.class, sicredit.findSubjectsByName(),
                OwnTransaction.forDisclosure(transactions));
    }

    @Bean
    @ConditionalOnMissingBean
    ReceiveObjectionUseCase sicreditReceiveObjection(Sicredit sicredit) {
        return OnlyItsOwnType.of(ReceiveObjectionUseCase.class, sicredit.receiveObjection());
    }

    @Bean
    @ConditionalOnMissingBean
    MarkObjectionUseCase sicreditMarkObjection(Sicredit sicredit) {
        return OnlyItsOwnType.of(MarkObjectionUseCase.class, sicredit.markObjection());
    }

    @Bean
    @ConditionalOnMissingBean
    ForwardObjectionUseCase sicreditForwardObjection(Sicredit sicredit) {
        return OnlyItsOwnType.of(ForwardObjectionUseCase.class, sicredit.forwardObjection());
    }

    @Bean
    @ConditionalOnMissingBean
    NotifyProviderUseCase sicreditNotifyProvider(Sicredit sicredit) {
        return OnlyItsOwnType.of(NotifyProviderUseCase.class, sicredit.notifyProvider());
    }

    @Bean
    @ConditionalOnMissingBean
    VerifyObjectionUseCase sicreditVerifyObjection(Sicredit sicredit) {
        return OnlyItsOwnType.of(VerifyObjectionUseCase.class, sicredit.verifyObjection());
    }

    @Bean
    @ConditionalOnMissingBean
    DecideObjectionUseCase sicreditDecideObjection(Sicredit sicredit) {
        return OnlyItsOwnType.of(DecideObjectionUseCase.class, sicredit.decideObjection());
    }

    @Bean
    @ConditionalOnMissingBean
    ListOpenObjectionsUseCase sicreditListOpenObjections(Sicredit sicredit) {
        return OnlyItsOwnType.of(ListOpenObjectionsUseCase.class, sicredit.listOpenObjections());
    }

    @Bean
    @ConditionalOnMissingBean
    AddLaterFactsUseCase sicreditAddLaterFacts(Sicredit sicredit) {
        return OnlyItsOwnType.of(AddLaterFactsUseCase.class, sicredit.addLaterFacts());
    }

    @Bean
    @ConditionalOnMissingBean
    RevokeRecordUseCase sicreditRevokeRecord(Sicredit sicredit) {
        return OnlyItsOwnType.of(RevokeRecordUseCase.class, sicredit.revokeRecord());
    }

    @Bean
    @ConditionalOnMissingBean
    ExpireRecordsUseCase sicreditExpireRecords(Sicredit sicredit) {
        return OnlyItsOwnType.of(ExpireRecordsUseCase.class, sicredit.expireRecords());
    }

    @Bean
    @ConditionalOnMissingBean
    ApplyForRepairUseCase sicreditApplyForRepair(Sicredit sicredit) {
        return OnlyItsOwnType.of(ApplyForRepairUseCase.class, sicredit.applyForRepair());
    }

    @Bean
    @ConditionalOnMissingBean
    AddRepairEvidenceUseCase sicreditAddRepairEvidence(Sicredit sicredit) {
        return OnlyItsOwnType.of(AddRepairEvidenceUseCase.class, sicredit.addRepairEvidence());
    }

    @Bean
    @ConditionalOnMissingBean
    VerifyRepairUseCase sicreditVerifyRepair(Sicredit sicredit) {
        return OnlyItsOwnType.of(VerifyRepairUseCase.class, sicredit.verifyRepair());
    }

    @Bean
    @ConditionalOnMissingBean
    IssueRepairProofUseCase sicreditIssueRepairProof(Sicredit sicredit) {
        return OnlyItsOwnType.of(IssueRepairProofUseCase.class, sicredit.issueRepairProof());
    }

    @Bean
    @ConditionalOnMissingBean
    RefuseRepairUseCase sicreditRefuseRepair(Sicredit sicredit) {
        return OnlyItsOwnType.of(RefuseRepairUseCase.class, sicredit.refuseRepair());
    }

    @Bean
    @ConditionalOnMissingBean
    ListOpenRepairsUseCase sicreditListOpenRepairs(Sicredit sicredit) {
        return OnlyItsOwnType.of(ListOpenRepairsUseCase.class, sicredit.listOpenRepairs());
    }

    @Bean
    @ConditionalOnMissingBean
    ProduceCatalogueUseCase sicreditProduceCatalogue(Sicredit sicredit) {
        return OnlyItsOwnType.of(ProduceCatalogueUseCase.class, sicredit.produceCatalogue());
    }

    @Bean
    @ConditionalOnMissingBean
    ProduceStatisticsUseCase sicreditProduceStatistics(Sicredit sicredit) {
        return OnlyItsOwnType.of(ProduceStatisticsUseCase.class, sicredit.produceStatistics());
    }

    @Bean
    @ConditionalOnMissingBean
    RelayOutboxUseCase sicreditRelayOutbox(Sicredit sicredit, ObjectProvider<PlatformTransactionManager> transactions) {
        return OnlyItsOwnType.of(RelayOutboxUseCase.class, sicredit.relayOutbox(),
                OwnTransaction.outsideAnyTransaction(transactions));
    }

    @Bean
    @ConditionalOnMissingBean
    ListUndeliveredMessagesUseCase sicreditListUndeliveredMessages(Sicredit sicredit) {
        return OnlyItsOwnType.of(ListUndeliveredMessagesUseCase.class, sicredit.listUndeliveredMessages());
    }

    @Bean
    @ConditionalOnMissingBean
    RequeueMessageUseCase sicreditRequeueMessage(Sicredit sicredit) {
        return OnlyItsOwnType.of(RequeueMessageUseCase.class, sicredit.requeueMessage());
    }
}
