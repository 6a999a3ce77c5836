package org.sicredit.domain.policy;

import io.vavr.control.Option;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What 第六条 reads of the record being classified: its category, subject and date, its amount, and the provider's
 * findings — a public notice issued for arrears (item 1), an obstruction in serious circumstances (item 3), another
 * act that seriously endangered fund security ("其他严重影响社会保险基金安全行为", item 2) and another act that
 * seriously disturbed administration ("其他严重影响社会保险管理秩序行为", item 3). The last two are different
 * findings, each read by the rule of its own item.
 */
public record SeverityFacts(
        Category category,
        SubjectKind subjectKind,
        LocalDate actDate,
        Option<BigDecimal> amount,
        boolean publicNoticeIssued,
        boolean obstructionSerious,
        boolean fundSecurityHarm,
        boolean administrationHarm) {

    public SeverityFacts {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(amount, "amount");
    }
}
