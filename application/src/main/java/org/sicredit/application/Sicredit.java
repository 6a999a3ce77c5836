package org.sicredit.application;

import jakarta.validation.Validation;
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
import org.sicredit.application.service.ServiceWiring;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;

import java.time.Clock;
import java.util.Objects;

/**
 * The one door embedders use: give it the outbound ports (and, if you wish, a clock, a policy book and a
 * validator); it hands out the use cases. Every use case validates its command, then answers
 * {@code Either<Rejection, Result>}.
 */
public final class Sicredit {

    private final ServiceWiring.UseCases useCases;

    private Sicredit(Builder builder) {
        this.useCases = ServiceWiring.wire(new ServiceWiring.Ports(builder.records, builder.submissions,
                builder.audit, builder.platform, builder.objections, builder.repairs, builder.statistics,
                builder.notifier, builder.transactions, builder.holidays, builder.outbox, builder.retrySchedule,
                builder.book, builder.clock, builder.validator != null ? builder.validator
                        : Validation.buildDefaultValidatorFactory().getValidator(), builder.files,
                builder.errorReports, builder.readiness, builder.apiKeys, builder.idempotency));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A submission sent as a file (CSV or XLSX in the published layout).
     *
     * @throws IllegalStateException when the builder was given no {@code submissionFiles(reader, reports)}
     */
    public CollectSubmissionFileUseCase collectSubmissionFile() {
        return fileUseCase(useCases.collectSubmissionFile());
    }

    /**
     * Writes a file submission's error report as CSV or XLSX.
     *
     * @throws IllegalStateException when the builder was given no {@code submissionFiles(reader, reports)}
     */
    public WriteErrorReportUseCase writeErrorReport() {
        return fileUseCase(useCases.writeErrorReport());
    }

    /**
     * Whether sicredit can serve now (the stores' checks and this year's holiday schedule), for a readiness probe.
     *
     * @throws IllegalStateException when the builder was given no {@code readiness(ReadinessPort)}
     */
    public CheckReadinessUseCase checkReadiness() {
        if (useCases.checkReadiness() == null) {
            throw new IllegalStateException("sicredit was built without a readiness check: give "
                    + "Sicredit.builder().readiness(ReadinessPort) — the JDBC adapter's JdbcStores.readiness()");
        }
        return useCases.checkReadiness();
    }

    private static <T> T fileUseCase(T useCase) {
        if (useCase == null) {
            throw new IllegalStateException("sicredit was built without a submission file reader: give "
                    + "Sicredit.builder().submissionFiles(SubmissionFilePort, ErrorReportPort) — the file adapter's "
                    + "SubmissionFiles and ErrorReports");
        }
        return useCase;
    }

    /** @throws IllegalStateException when the builder was given no {@code apiKeys(ApiKeyPort)} */
    public IssueApiKeyUseCase issueApiKey() {
        return keyUseCase(useCases.issueApiKey());
    }

    /** @throws IllegalStateException when the builder was given no {@code apiKeys(ApiKeyPort)} */
    public RevokeApiKeyUseCase revokeApiKey() {
        return keyUseCase(useCases.revokeApiKey());
    }

    /** @throws IllegalStateException when the builder was given no {@code apiKeys(ApiKeyPort)} */
    public ListApiKeysUseCase listApiKeys() {
        return keyUseCase(useCases.listApiKeys());
    }

    /** @throws IllegalStateException when the builder was given no {@code apiKeys(ApiKeyPort)} */
    public AuthenticateUseCase authenticate() {
        return keyUseCase(useCases.authenticate());
    }

    /**
     * Idempotency keys: one effect per key, the first answer to every repeat.
     *
     * @throws IllegalStateException when the builder was given no {@code idempotencyKeys(IdempotencyPort)}
     */
    public AnswerOnceUseCase answerOnce() {
        if (useCases.answerOnce() == null) {
            throw new IllegalStateException("sicredit was built without idempotency keys: give "
                    + "Sicredit.builder().idempotencyKeys(IdempotencyPort) — the JDBC adapter's JdbcStores.idempotencyKeys()");
        }
        return useCases.answerOnce();
    }

    private static <T> T keyUseCase(T useCase) {
        if (useCase == null) {
            throw new IllegalStateException("sicredit was built without API keys: give "
                    + "Sicredit.builder().apiKeys(ApiKeyPort) — the JDBC adapter's JdbcStores.apiKeys()");
        }
        return useCase;
    }

    /** Who looked at a subject, and why: the audit trail about one subject, for auditors. */
    public ReadAuditTrailUseCase readAuditTrail() {
        return useCases.readAuditTrail();
    }

    public CollectSubmissionUseCase collectSubmission() {
        return useCases.collectSubmission();
    }

    public ReportMonthUseCase reportMonth() {
        return useCases.reportMonth();
    }

    public LookUpSubjectUseCase lookUpSubject() {
        return useCases.lookUpSubject();
    }

    /** A name resolved into the distinct subjects that bear it, before a lookup by identifier. */
    public FindSubjectsByNameUseCase findSubjectsByName() {
        return useCases.findSubjectsByName();
    }

    public ReceiveObjectionUseCase receiveObjection() {
        return useCases.receiveObjection();
    }

    public MarkObjectionUseCase markObjection() {
        return useCases.markObjection();
    }

    public ForwardObjectionUseCase forwardObjection() {
        return useCases.forwardObjection();
    }

    public NotifyProviderUseCase notifyProvider() {
        return useCases.notifyProvider();
    }

    public VerifyObjectionUseCase verifyObjection() {
        return useCases.verifyObjection();
    }

    public DecideObjectionUseCase decideObjection() {
        return useCases.decideObjection();
    }

    public ListOpenObjectionsUseCase listOpenObjections() {
        return useCases.listOpenObjections();
    }

    public AddLaterFactsUseCase addLaterFacts() {
        return useCases.addLaterFacts();
    }

    public RevokeRecordUseCase revokeRecord() {
        return useCases.revokeRecord();
    }

    public ExpireRecordsUseCase expireRecords() {
        return useCases.expireRecords();
    }

    public ApplyForRepairUseCase applyForRepair() {
        return useCases.applyForRepair();
    }

    public AddRepairEvidenceUseCase addRepairEvidence() {
        return useCases.addRepairEvidence();
    }

    public VerifyRepairUseCase verifyRepair() {
        return useCases.verifyRepair();
    }

    public IssueRepairProofUseCase issueRepairProof() {
        return useCases.issueRepairProof();
    }

    public RefuseRepairUseCase refuseRepair() {
        return useCases.refuseRepair();
    }

    public ListOpenRepairsUseCase listOpenRepairs() {
        return useCases.listOpenRepairs();
    }

    public ProduceCatalogueUseCase produceCatalogue() {
        return useCases.produceCatalogue();
    }

    public ProduceStatisticsUseCase produceStatistics() {
        return useCases.produceStatistics();
    }

    /** The relay a composition root schedules: it delivers what the other use cases queued. */
    public RelayOutboxUseCase relayOutbox() {
        return useCases.relayOutbox();
    }

    public ListUndeliveredMessagesUseCase listUndeliveredMessages() {
        return useCases.listUndeliveredMessages();
    }

    public RequeueMessageUseCase requeueMessage() {
        return useCases.requeueMessage();
    }

    /** Collects the ports; {@link #build()} says which one is missing. */
    public static final class Builder {

        private RecordStorePort records;
        private SubmissionLogPort submissions;
        private AuditLogPort audit;
        private PlatformGatewayPort platform;
        private ObjectionStorePort objections;
        private RepairStorePort repairs;
        private RecordStatisticsPort statistics;
        private ProviderNotifierPort notifier;
        private TransactionPort transactions;
        private HolidayDataPort holidays;
        private OutboxPort outbox;
        private RelayOutboxUseCase.RetrySchedule retrySchedule = RelayOutboxUseCase.RetrySchedule.DEFAULT;
        private PolicyBook book = Policies.defaultBook();
        private Clock clock = Clock.system(ShanghaiTime.ZONE);
        private Validator validator;
        private SubmissionFilePort files;
        private ErrorReportPort errorReports;
        private ReadinessPort readiness;
        private ApiKeyPort apiKeys;
        private IdempotencyPort idempotency;

        private Builder() {
        }

        /** Where API keys are kept; without it no key can be issued or presented. */
        public Builder apiKeys(ApiKeyPort port) {
            this.apiKeys = Objects.requireNonNull(port, "port");
            return this;
        }

        /** Where the answers to requests sent with an idempotency key are kept; without it no {@code answerOnce}. */
        public Builder idempotencyKeys(IdempotencyPort port) {
            this.idempotency = Objects.requireNonNull(port, "port");
            return this;
        }

        /** What tells whether the stores can serve; without it no readiness check. */
        public Builder readiness(ReadinessPort port) {
            this.readiness = Objects.requireNonNull(port, "port");
            return this;
        }

        /** The reader of providers' files and the writer of their error reports; without them no file use case. */
        public Builder submissionFiles(SubmissionFilePort reader, ErrorReportPort reports) {
            this.files = Objects.requireNonNull(reader, "reader");
            this.errorReports = Objects.requireNonNull(reports, "reports");
            return this;
        }

        public Builder recordStore(RecordStorePort port) {
            this.records = port;
            return this;
        }

        public Builder submissionLog(SubmissionLogPort port) {
            this.submissions = port;
            return this;
        }

        public Builder auditLog(AuditLogPort port) {
            this.audit = port;
            return this;
        }

        public Builder platformGateway(PlatformGatewayPort port) {
            this.platform = port;
            return this;
        }

        public Builder objectionStore(ObjectionStorePort port) {
            this.objections = port;
            return this;
        }

        public Builder repairStore(RepairStorePort port) {
            this.repairs = port;
            return this;
        }

        public Builder recordStatistics(RecordStatisticsPort port) {
            this.statistics = port;
            return this;
        }

        public Builder providerNotifier(ProviderNotifierPort port) {
            this.notifier = port;
            return this;
        }

        public Builder transactions(TransactionPort port) {
            this.transactions = port;
            return this;
        }

        public Builder holidayData(HolidayDataPort port) {
            this.holidays = port;
            return this;
        }

        public Builder outbox(OutboxPort port) {
            this.outbox = port;
            return this;
        }

        /** How the relay retries and how long its claims last; {@link RelayOutboxUseCase.RetrySchedule#DEFAULT} if not set. */
        public Builder retrySchedule(RelayOutboxUseCase.RetrySchedule schedule) {
            this.retrySchedule = schedule;
            return this;
        }

        public Builder policyBook(PolicyBook policyBook) {
            this.book = policyBook;
            return this;
        }

        public Builder clock(Clock time) {
            this.clock = time;
            return this;
        }

        public Builder validator(Validator commandValidator) {
            this.validator = commandValidator;
            return this;
        }

        public Sicredit build() {
            Objects.requireNonNull(records, "recordStore(RecordStorePort) is required");
            Objects.requireNonNull(submissions, "submissionLog(SubmissionLogPort) is required");
            Objects.requireNonNull(audit, "auditLog(AuditLogPort) is required");
            Objects.requireNonNull(platform, "platformGateway(PlatformGatewayPort) is required");
            Objects.requireNonNull(objections, "objectionStore(ObjectionStorePort) is required");
            Objects.requireNonNull(repairs, "repairStore(RepairStorePort) is required");
            Objects.requireNonNull(statistics, "recordStatistics(RecordStatisticsPort) is required");
            Objects.requireNonNull(notifier, "providerNotifier(ProviderNotifierPort) is required");
            Objects.requireNonNull(transactions, "transactions(TransactionPort) is required");
            Objects.requireNonNull(holidays, "holidayData(HolidayDataPort) is required");
            Objects.requireNonNull(outbox, "outbox(OutboxPort) is required");
            Objects.requireNonNull(retrySchedule, "retrySchedule");
            Objects.requireNonNull(book, "policyBook");
            Objects.requireNonNull(clock, "clock");
            return new Sicredit(this);
        }
    }
}
