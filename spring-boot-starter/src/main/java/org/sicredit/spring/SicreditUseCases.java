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
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every use case of {@link Sicredit} as a bean of its own {@code XxxUseCase} type, so a service injects the one it
 * calls ({@code private final CollectSubmissionUseCase collect;}) and a test may replace one. Each answers
 * {@code Either<Rejection, Result>}; inside the service's transaction it joins it.
 */
@Configuration(proxyBeanMethods = false)
class SicreditUseCases {

    @Bean
    @ConditionalOnMissingBean
    CollectSubmissionFileUseCase sicreditCollectSubmissionFile(Sicredit sicredit) {
        return sicredit.collectSubmissionFile();
    }

    @Bean
    @ConditionalOnMissingBean
    WriteErrorReportUseCase sicreditWriteErrorReport(Sicredit sicredit) {
        return sicredit.writeErrorReport();
    }

    @Bean
    @ConditionalOnMissingBean
    CheckReadinessUseCase sicreditCheckReadiness(Sicredit sicredit) {
        return sicredit.checkReadiness();
    }

    @Bean
    @ConditionalOnMissingBean
    IssueApiKeyUseCase sicreditIssueApiKey(Sicredit sicredit) {
        return sicredit.issueApiKey();
    }

    @Bean
    @ConditionalOnMissingBean
    RevokeApiKeyUseCase sicreditRevokeApiKey(Sicredit sicredit) {
        return sicredit.revokeApiKey();
    }

    @Bean
    @ConditionalOnMissingBean
    ListApiKeysUseCase sicreditListApiKeys(Sicredit sicredit) {
        return sicredit.listApiKeys();
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticateUseCase sicreditAuthenticate(Sicredit sicredit) {
        return sicredit.authenticate();
    }

    @Bean
    @ConditionalOnMissingBean
    AnswerOnceUseCase sicreditAnswerOnce(Sicredit sicredit) {
        return sicredit.answerOnce();
    }

    @Bean
    @ConditionalOnMissingBean
    ReadAuditTrailUseCase sicreditReadAuditTrail(Sicredit sicredit) {
        return sicredit.readAuditTrail();
    }

    @Bean
    @ConditionalOnMissingBean
    CollectSubmissionUseCase sicreditCollectSubmission(Sicredit sicredit) {
        return sicredit.collectSubmission();
    }

    @Bean
    @ConditionalOnMissingBean
    ReportMonthUseCase sicreditReportMonth(Sicredit sicredit) {
        return sicredit.reportMonth();
    }

    @Bean
    @ConditionalOnMissingBean
    LookUpSubjectUseCase sicreditLookUpSubject(Sicredit sicredit) {
        return sicredit.lookUpSubject();
    }

    @Bean
    @ConditionalOnMissingBean
    FindSubjectsByNameUseCase sicreditFindSubjectsByName(Sicredit sicredit) {
        return sicredit.findSubjectsByName();
    }

    @Bean
    @ConditionalOnMissingBean
    ReceiveObjectionUseCase sicreditReceiveObjection(Sicredit sicredit) {
        return sicredit.receiveObjection();
    }

    @Bean
    @ConditionalOnMissingBean
    MarkObjectionUseCase sicreditMarkObjection(Sicredit sicredit) {
        return sicredit.markObjection();
    }

    @Bean
    @ConditionalOnMissingBean
    ForwardObjectionUseCase sicreditForwardObjection(Sicredit sicredit) {
        return sicredit.forwardObjection();
    }

    @Bean
    @ConditionalOnMissingBean
    NotifyProviderUseCase sicreditNotifyProvider(Sicredit sicredit) {
        return sicredit.notifyProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    VerifyObjectionUseCase sicreditVerifyObjection(Sicredit sicredit) {
        return sicredit.verifyObjection();
    }

    @Bean
    @ConditionalOnMissingBean
    DecideObjectionUseCase sicreditDecideObjection(Sicredit sicredit) {
        return sicredit.decideObjection();
    }

    @Bean
    @ConditionalOnMissingBean
    ListOpenObjectionsUseCase sicreditListOpenObjections(Sicredit sicredit) {
        return sicredit.listOpenObjections();
    }

    @Bean
    @ConditionalOnMissingBean
    AddLaterFactsUseCase sicreditAddLaterFacts(Sicredit sicredit) {
        return sicredit.addLaterFacts();
    }

    @Bean
    @ConditionalOnMissingBean
    RevokeRecordUseCase sicreditRevokeRecord(Sicredit sicredit) {
        return sicredit.revokeRecord();
    }

    @Bean
    @ConditionalOnMissingBean
    ExpireRecordsUseCase sicreditExpireRecords(Sicredit sicredit) {
        return sicredit.expireRecords();
    }

    @Bean
    @ConditionalOnMissingBean
    ApplyForRepairUseCase sicreditApplyForRepair(Sicredit sicredit) {
        return sicredit.applyForRepair();
    }

    @Bean
    @ConditionalOnMissingBean
    AddRepairEvidenceUseCase sicreditAddRepairEvidence(Sicredit sicredit) {
        return sicredit.addRepairEvidence();
    }

    @Bean
    @ConditionalOnMissingBean
    VerifyRepairUseCase sicreditVerifyRepair(Sicredit sicredit) {
        return sicredit.verifyRepair();
    }

    @Bean
    @ConditionalOnMissingBean
    IssueRepairProofUseCase sicreditIssueRepairProof(Sicredit sicredit) {
        return sicredit.issueRepairProof();
    }

    @Bean
    @ConditionalOnMissingBean
    RefuseRepairUseCase sicreditRefuseRepair(Sicredit sicredit) {
        return sicredit.refuseRepair();
    }

    @Bean
    @ConditionalOnMissingBean
    ListOpenRepairsUseCase sicreditListOpenRepairs(Sicredit sicredit) {
        return sicredit.listOpenRepairs();
    }

    @Bean
    @ConditionalOnMissingBean
    ProduceCatalogueUseCase sicreditProduceCatalogue(Sicredit sicredit) {
        return sicredit.produceCatalogue();
    }

    @Bean
    @ConditionalOnMissingBean
    ProduceStatisticsUseCase sicreditProduceStatistics(Sicredit sicredit) {
        return sicredit.produceStatistics();
    }

    @Bean
    @ConditionalOnMissingBean
    RelayOutboxUseCase sicreditRelayOutbox(Sicredit sicredit) {
        return sicredit.relayOutbox();
    }

    @Bean
    @ConditionalOnMissingBean
    ListUndeliveredMessagesUseCase sicreditListUndeliveredMessages(Sicredit sicredit) {
        return sicredit.listUndeliveredMessages();
    }

    @Bean
    @ConditionalOnMissingBean
    RequeueMessageUseCase sicreditRequeueMessage(Sicredit sicredit) {
        return sicredit.requeueMessage();
    }
}
