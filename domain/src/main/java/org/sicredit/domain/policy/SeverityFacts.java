package org.sicredit.domain.policy;

import io.vavr.control.Option;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What Art. 6 reads of a record: its category and subject, its amount, and the provider's findings — a public
 * notice issued for arrears (第六条第（一）项), an obstruction in serious circumstances (第（三）项), and other acts
 * that seriously endangered the fund or disturbed administration (第（二）、（三）项 "其他").
 */
public record SeverityFacts(
        Category category,
        SubjectKind subjectKind,
        Option<BigDecimal> amount,
        boolean publicNoticeIssued,
        boolean obstructionSerious,
        boolean otherSeriousHarm) {

    public SeverityFacts {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(amount, "amount");
    }
}
