package org.sicredit.adapters.http.in;

import java.util.List;
import java.util.Map;

/** What the API answers, as JSON: dates ISO-8601, money as strings with two decimals, absent values left out. */
final class Views {

    private Views() {
    }

    record Health(String status) {
    }

    record Readiness(boolean ready, List<ReadinessCheck> checks) {
    }

    record ReadinessCheck(String name, boolean ok, String detail) {
    }

    record SubmissionResult(String providerCode, String period, List<String> added, List<String> unchanged,
                            List<String> corrected, List<RejectedRow> rejected) {
    }

    /** A row refused, with every rule it broke. */
    record RejectedRow(int row, List<Problem.Item> rejections) {
    }

    record FileSubmissionResult(SubmissionResult result, int rowsInErrorReport) {
    }

    record Profile(String asOf, String severity, List<RecordView> activeRecords, List<MeasureView> measures,
                   List<FacilitationView> facilitation, SanctionBasisView basis,
                   List<RevokedRecordView> revokedPendingDeletion) {
    }

    record RecordView(String id, String providerCode, int category, String cause, String actDate,
                      String documentNumber, String subjectName, String subjectIdentifier,
                      @Opt String legalRepresentativeName, @Opt String legalRepresentativeIdNumber, String severity,
                      List<String> seriousBasis, @Opt String lastDayOfQueryPeriod, String state, String stateZh,
                      @Opt String stateSince, @Opt String lastCorrectedOn, long version) {
    }

    record MeasureView(String code, String name, String legalBasis, List<String> causes) {
    }

    record FacilitationView(String facilitation, String date, boolean restricted, @Opt String restrictedBy,
                            @Opt String noMeasure) {
    }

    record SanctionBasisView(@Opt String measureCitation, String explanation) {
    }

    record RevokedRecordView(String id, String providerCode, int category, String documentNumber, String revokedOn,
                             @Opt String deleteBy) {
    }

    record NameSearchResult(List<SubjectOfTheName> subjects) {
    }

    record SubjectOfTheName(String maskedIdentifier, String kind, int activeRecords) {
    }

    record Objection(String id, String recordId, String providerCode, String grounds, String lastStep,
                     Map<String, String> steps, @Opt String decision, long version) {
    }

    record OpenObjection(String id, String recordId, String providerCode, boolean overdue,
                         List<Deadline> deadlines) {
    }

    record Deadline(String step, String due, @Opt String doneOn, int workingDaysLate, boolean overdue) {
    }

    record OpenObjectionPage(List<OpenObjection> items, @Opt String nextCursor) {
    }

    record Repair(String id, String recordId, String providerCode, String ground, String explanation,
                  String appliedOn, List<String> evidence, String status, @Opt String statusOn, @Opt String finding,
                  @Opt String proofNumber, String appliedBy, long version) {
    }

    record RepairPage(List<Repair> items, @Opt String nextCursor) {
    }

    record RepairProofResult(Repair application, String recordId, String delistBy) {
    }

    record LaterFactsResult(String recordId, long version, @Opt String lastDayOfQueryPeriod, String severity,
                            List<String> seriousBasis) {
    }

    record RevocationResult(String recordId, String revokedOn, String deleteBy, long version) {
    }

    record MonthReportResult(String period, String idempotencyKey, @Opt String messageId, List<String> queued,
                             List<String> providersNotSubmitted) {
    }

    record OutboxMessage(String id, String kind, String idempotencyKey, List<String> records, String status,
                         int attempts, String enqueuedAt, String nextAttemptAt, @Opt String deliveredAt,
                         @Opt String reference, @Opt String lastError) {
    }

    record OutboxPage(List<OutboxMessage> items, @Opt String nextCursor) {
    }

    record RelayResult(List<String> delivered, List<String> retrying, List<String> failed, List<String> claimLost) {
    }

    record ExpiryResult(List<String> expired, int skippedBecauseAnotherSweepWasFirst) {
    }

    record Statistics(String from, String to, long total, Map<String, Long> byMonth, Map<String, Long> byCategory,
                      Map<String, Long> bySeverity, Map<String, Long> byProvider, Map<String, Long> byStatus) {
    }

    record Catalogue(String measure, String citation, String effectiveFrom, String effectiveUntil,
                     List<CatalogueEntry> items, List<SeriousCriterionView> seriousList) {
    }

    record CatalogueEntry(int category, String name, List<String> subjects, List<String> requiredFields,
                          String legalBasis, String queryPeriod) {
    }

    record SeriousCriterionView(String ground, List<Integer> categories, String criterion, String legalBasis) {
    }

    record AuditEntry(String at, String actorId, String role, String action, String purpose, String subject,
                      String asOf, List<String> records, boolean personalNumbersShown, @Opt String refusal) {
    }

    record AuditTrailPage(List<AuditEntry> items, @Opt String nextCursor) {
    }

    record ApiKey(String keyId, String role, @Opt String providerCode, @Opt String subject, String label,
                  String createdAt, @Opt String revokedAt) {
    }

    record ApiKeyList(List<ApiKey> items) {
    }

    /** The key, and its token — shown this once and never again. */
    record IssuedApiKey(ApiKey key, String token) {
    }
}
