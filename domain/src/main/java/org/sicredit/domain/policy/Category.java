package org.sicredit.domain.policy;

import io.vavr.collection.Set;
import org.sicredit.domain.subject.SubjectKind;

import java.util.Objects;

/**
 * An item of dishonesty information a policy defines (沪人社规〔2018〕30号 第五条 items 1–6): which subjects it may
 * concern, what its amount measures and whether a record must give one.
 */
public record Category(
        int item,
        String nameZh,
        String nameEn,
        Set<SubjectKind> subjects,
        AmountKind amountKind,
        boolean amountRequired,
        String legalBasis) {

    public Category {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(amountKind, "amountKind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (item < 1 || subjects.isEmpty() || (amountRequired && amountKind == AmountKind.NONE)) {
            throw new IllegalArgumentException("an inconsistent category: " + item);
        }
    }

    public boolean allows(SubjectKind kind) {
        return subjects.contains(kind);
    }

    /**
     * An article of the Measure that defined this category — the instrument its legal basis cites — so that a stored
     * record cites the Measure it was decided under: {@code 沪人社规〔2018〕30号 第四条}.
     */
    public String instrumentArticle(String article) {
        int articleStart = legalBasis.lastIndexOf(" 第");
        return Citations.article(articleStart < 0 ? legalBasis : legalBasis.substring(0, articleStart), article);
    }

    public boolean hasAmount() {
        return amountKind != AmountKind.NONE;
    }
}
