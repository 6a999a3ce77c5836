package org.sicredit.adapters.http.in;

import java.util.List;

/** What the API's POSTs read, as JSON: field names as the rejections name them. */
final class Bodies {

    private Bodies() {
    }

    /** A provider's monthly submission as JSON rows (the same fields as the file layout). */
    record Submission(String providerCode, String period, List<SubmissionRow> rows) {
    }

    /** One row: the record as the provider gives it; {@code number} defaults to the row's place, from 1. */
    record SubmissionRow(@Opt Integer number, SubjectBody subject, @Opt LegalRepresentativeBody legalRepresentative,
                         Integer category, String cause, String actDate, @Opt String actEndedOn,
                         String documentNumber, @Opt String amount, @Opt Boolean publicNoticeIssued,
                         @Opt Boolean obstructionSerious, @Opt Boolean fundSecurityHarm,
                         @Opt Boolean administrationHarm, String scheme) {
    }

    /** ORGANISATION or INDIVIDUAL; an individual's document defaults to the resident ID card. */
    record SubjectBody(String kind, String name, String identifier, @Opt String document) {
    }

    record LegalRepresentativeBody(String name, String residentIdNumber) {
    }

    record Lookup(String identifier, @Opt String asOf, String purpose) {
    }

    record NameSearch(String name, @Opt String asOf, String purpose) {
    }

    record AuditTrailRead(String identifier, String purpose) {
    }

    record ObjectionFiling(String recordId, String grounds) {
    }

    record Finding(String finding) {
    }

    /** UPHOLD, CORRECT (with the corrected record) or DELETE, and why. */
    record ObjectionDecision(String decision, String reason, @Opt SubmissionRow correction) {
    }

    record RepairFiling(String recordId, String ground, String explanation, @Opt List<String> evidence) {
    }

    record Evidence(String description) {
    }

    record Refusal(String reason) {
    }

    record Proof(String proofNumber) {
    }

    record LaterFacts(@Opt String actEndedOn, @Opt Boolean publicNoticeIssued, String evidenceReference) {
    }

    record Revocation(String reason) {
    }

    record MonthReport(String period) {
    }

    /** BUREAU, PROVIDER (with providerCode), CENTRE, OFFICER, AUDITOR or SUBJECT (with subject). */
    record ApiKeyRequest(String role, @Opt String providerCode, @Opt String subject, String label) {
    }
}
