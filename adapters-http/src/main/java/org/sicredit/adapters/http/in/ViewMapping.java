package org.sicredit.adapters.http.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.application.view.OutboxMessageView;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.objection.StepDeadline;
import org.sicredit.domain.policy.CatalogueItem;
import org.sicredit.domain.policy.SeriousCriterion;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairStatus;
import org.sicredit.domain.sanction.AppliedMeasure;
import org.sicredit.domain.sanction.FacilitationAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The application's views as the API's JSON, in the caller's language where a view carries two. */
final class ViewMapping {

    private ViewMapping() {
    }

    static Views.SubmissionResult submission(CollectSubmissionUseCase.Result result, Language language) {
        return new Views.SubmissionResult(result.providerCode(), result.period().toString(), ids(result.added()),
                ids(result.unchanged()), ids(result.corrected()), result.rejected()
                .map(row -> new Views.RejectedRow(row.number(), items(row.rejections(), language))).toJavaList());
    }

    static List<Problem.Item> items(Seq<Rejection> rejections, Language language) {
        return rejections.map(rejection -> Problem.item(rejection, language)).toJavaList();
    }

    static Views.Profile profile(LookUpSubjectUseCase.Result result, Language language) {
        boolean en = language == Language.EN;
        return new Views.Profile(result.asOf().toString(), result.severity().name(),
                result.activeRecords().map(ViewMapping::record).toJavaList(),
                result.measures().map(measure -> measure(measure, language)).toJavaList(),
                result.facilitation().map(answer -> facilitation(answer, language)).toJavaList(),
                new Views.SanctionBasisView(result.basis().measureCitation().getOrNull(),
                        en ? result.basis().explanationEn() : result.basis().explanationZh()),
                result.revokedPendingDeletion().map(revoked -> new Views.RevokedRecordView(revoked.id().toString(),
                        revoked.providerCode(), revoked.category(), revoked.documentNumber(),
                        revoked.revokedOn().toString(), day(revoked.deleteBy()))).toJavaList());
    }

    private static Views.RecordView record(LookUpSubjectUseCase.RecordView view) {
        return new Views.RecordView(view.id().toString(), view.providerCode(), view.category(), view.cause(),
                view.actDate().toString(), view.documentNumber(), view.subjectName(), view.subjectIdentifier(),
                view.legalRepresentativeName().getOrNull(), view.legalRepresentativeIdNumber().getOrNull(),
                view.severity().name(), view.seriousBasis().toJavaList(), day(view.lastDayOfQueryPeriod()),
                view.state(), view.stateZh(), day(view.stateSince()), day(view.lastCorrectedOn()), view.version());
    }

    private static Views.MeasureView measure(AppliedMeasure applied, Language language) {
        return new Views.MeasureView(applied.measure().code(), language == Language.EN ? applied.measure().nameEn()
                : applied.measure().nameZh(), applied.measure().legalBasis(),
                ids(applied.causes()));
    }

    private static Views.FacilitationView facilitation(FacilitationAnswer answer, Language language) {
        return new Views.FacilitationView(answer.facilitation().name(), answer.date().toString(),
                answer.restrictedBy().isDefined(), answer.restrictedBy().map(m -> m.measure().code()).getOrNull(),
                answer.noMeasure().map(r -> language == Language.EN ? r.messageEn() : r.messageZh()).getOrNull());
    }

    static Views.Objection objection(ObjectionView view) {
        Map<String, String> steps = new LinkedHashMap<>();
        view.steps().forEach((step, day) -> steps.put(step.name(), day.toString()));
        return new Views.Objection(view.id().value(), view.recordId().toString(), view.providerCode(), view.grounds(),
                view.lastStep().name(), steps, view.decision().map(Enum::name).getOrNull(), view.version());
    }

    static Views.OpenObjection openObjection(ListOpenObjectionsUseCase.OpenObjection open) {
        return new Views.OpenObjection(open.id().value(), open.recordId().toString(), open.providerCode(),
                open.isOverdue(), open.deadlines().map(ViewMapping::deadline).toJavaList());
    }

    private static Views.Deadline deadline(StepDeadline deadline) {
        return new Views.Deadline(deadline.step().name(), deadline.due().toString(), day(deadline.doneOn()),
                deadline.workingDaysLate(), deadline.isOverdue());
    }

    static Views.Repair repair(RepairView view) {
        RepairStatus status = view.status();
        String on = null;
        String finding = null;
        String proof = null;
        if (status instanceof RepairStatus.Verified verified) {
            on = verified.verifiedOn().toString();
            finding = verified.finding();
        } else if (status instanceof RepairStatus.ProofIssued issued) {
            on = issued.proof().issuedOn().toString();
            proof = issued.proof().number();
        } else if (status instanceof RepairStatus.Refused refused) {
            on = refused.refusedOn().toString();
            finding = refused.reason();
        }
        return new Views.Repair(view.id().value(), view.recordId().toString(), view.providerCode(),
                view.ground().name(), view.explanation(), view.appliedOn().toString(), view.evidence().toJavaList(),
                statusName(status), on, finding, proof, view.appliedBy().name(), view.version());
    }

    private static String statusName(RepairStatus status) {
        if (status instanceof RepairStatus.Verified) {
            return "VERIFIED";
        }
        if (status instanceof RepairStatus.ProofIssued) {
            return "PROOF_ISSUED";
        }
        return status instanceof RepairStatus.Refused ? "REFUSED" : "APPLIED";
    }

    static Views.LaterFactsResult laterFacts(AddLaterFactsUseCase.Result result) {
        return new Views.LaterFactsResult(result.recordId().toString(), result.version(),
                day(result.lastDayOfQueryPeriod()), result.severity().name(), result.seriousBasis().toJavaList());
    }

    static Views.OutboxMessage message(OutboxMessageView view) {
        return new Views.OutboxMessage(view.id().value(), view.kind(), view.idempotencyKey(), ids(view.records()),
                view.status().name(), view.attempts(), view.enqueuedAt().toString(), view.nextAttemptAt().toString(),
                view.deliveredAt().map(Instant::toString).getOrNull(), view.reference().getOrNull(),
                view.lastError().getOrNull());
    }

    static Views.Statistics statistics(ProduceStatisticsUseCase.Result result) {
        return new Views.Statistics(result.from().toString(), result.to().toString(), result.total(),
                counts(result.byMonth()), counts(result.byCategory()), counts(result.bySeverity()),
                counts(result.byProvider()), counts(result.byStatus()));
    }

    private static <K> Map<String, Long> counts(io.vavr.collection.SortedMap<K, Long> counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        counts.forEach((key, count) -> map.put(key.toString(), count));
        return map;
    }

    static Views.Catalogue catalogue(org.sicredit.domain.policy.Catalogue catalogue, Language language) {
        boolean en = language == Language.EN;
        return new Views.Catalogue(catalogue.measure().title(), catalogue.measure().citation(),
                catalogue.measure().effectiveFrom().toString(),
                catalogue.measure().effectiveUntil().toString(),
                catalogue.items().map(item -> entry(item, en)).toJavaList(),
                catalogue.seriousList().map(criterion -> criterion(criterion, en)).toJavaList());
    }

    private static Views.CatalogueEntry entry(CatalogueItem item, boolean en) {
        return new Views.CatalogueEntry(item.category().item(), en ? item.category().nameEn()
                : item.category().nameZh(), item.subjects().map(Enum::name).toSortedSet().toJavaList(),
                item.requiredFields().toJavaList(), item.legalBasis(), item.queryPeriod().toString());
    }

    private static Views.SeriousCriterionView criterion(SeriousCriterion criterion, boolean en) {
        return new Views.SeriousCriterionView(criterion.ground().name(), criterion.categories().toJavaList(),
                en ? criterion.criterionEn() : criterion.criterionZh(), criterion.legalBasis());
    }

    static Views.AuditEntry audit(AuditLogPort.AuditEntry entry) {
        return new Views.AuditEntry(entry.at().toString(), entry.actorId(), entry.role().name(), entry.action().name(),
                entry.purpose(), entry.subjectMasked(), entry.asOf().toString(), ids(entry.records()),
                entry.personalNumbersShown(), entry.refusal().getOrNull());
    }

    static Views.ApiKey apiKey(ApiKeyView view) {
        return new Views.ApiKey(view.keyId(), view.role().name(), view.providerCode().getOrNull(),
                view.subjectMasked().getOrNull(), view.label(), view.createdAt().toString(),
                view.revokedAt().map(Instant::toString).getOrNull());
    }

    static List<String> ids(Seq<?> ids) {
        return ids.map(Object::toString).toJavaList();
    }

    static String day(Option<LocalDate> day) {
        return day.map(LocalDate::toString).getOrNull();
    }
}
