package org.sicredit.domain.record;

import io.vavr.control.Option;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.policy.SeverityFacts;
import org.sicredit.domain.subject.LegalRepresentative;
import org.sicredit.domain.subject.Organisation;
import org.sicredit.domain.subject.Subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a record says, valid as a whole: the fields 沪人社规〔2018〕30号 第七条 reports (cause, date, document number,
 * subject and, for an organisation, its legal representative) and what Art. 5 and Art. 6 read. Build one with
 * {@link RecordDraft#validate}; a correction replaces it whole, and the old one stays in the history.
 *
 * @param actEndedOn the day the act ended; empty while it goes on (arrears still unpaid)
 * @param amount     CNY with scale 2, where the category has an amount
 * @param category   the category as the Measure that decided the record defined it — text and citation kept, so a
 *                   later edit of the policy never rewrites what a stored record says
 * @param fundSecurityHarm   the provider found another act that seriously endangered fund security (第六条第（二）项)
 * @param administrationHarm the provider found another act that seriously disturbed administration (第六条第（三）项)
 */
public record RecordContent(
        Subject subject,
        Category category,
        String cause,
        LocalDate actDate,
        Option<LocalDate> actEndedOn,
        String documentNumber,
        Option<BigDecimal> amount,
        boolean publicNoticeIssued,
        boolean obstructionSerious,
        boolean fundSecurityHarm,
        boolean administrationHarm,
        Scheme scheme) {

    public RecordContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(actEndedOn, "actEndedOn");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(scheme, "scheme");
        if (!category.allows(subject.kind()) || actEndedOn.exists(actDate::isAfter)
                || amount.exists(a -> a.signum() <= 0 || a.scale() != 2) || cause.isBlank() || documentNumber.isBlank()) {
            throw new IllegalArgumentException("record content breaks an invariant; build it with RecordDraft.validate");
        }
    }

    /** The legal representative of an organisation named by the record; none for an individual. */
    public Option<LegalRepresentative> legalRepresentative() {
        return subject instanceof Organisation organisation ? Option.some(organisation.legalRepresentative())
                : Option.none();
    }

    public SeverityFacts severityFacts() {
        return new SeverityFacts(category, subject.kind(), actDate, amount, publicNoticeIssued, obstructionSerious,
                fundSecurityHarm, administrationHarm);
    }
}
