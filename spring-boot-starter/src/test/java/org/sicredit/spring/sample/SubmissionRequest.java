package org.sicredit.spring.sample;

import io.vavr.collection.List;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.subject.SubjectDraft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The service's own JSON for a provider's monthly submission: organisations carry a legal representative. */
public record SubmissionRequest(String providerCode, YearMonth period, java.util.List<Row> rows) {

    public record Row(String subjectName, String subjectId, String legalRepresentative, String legalRepresentativeId,
                      Integer category, String cause, LocalDate actDate, LocalDate actEndedOn, String documentNumber,
                      BigDecimal amount) {

        RecordDraft draft() {
            SubjectDraft subject = legalRepresentative == null ? SubjectDraft.individual(subjectName, subjectId)
                    : SubjectDraft.organisation(subjectName, subjectId, legalRepresentative, legalRepresentativeId);
            return new RecordDraft(subject, category, cause, actDate, actEndedOn, documentNumber, amount, false, false,
                    false, false, Scheme.SOCIAL_INSURANCE);
        }
    }

    CollectSubmissionUseCase.Command command(Caller clerk) {
        java.util.List<Row> given = rows == null ? java.util.List.of() : rows;
        return new CollectSubmissionUseCase.Command(clerk, providerCode, period, List.range(0, given.size())
                .map(i -> new CollectSubmissionUseCase.Row(i + 1, given.get(i).draft())));
    }
}
