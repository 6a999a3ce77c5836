package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import org.sicredit.domain.subject.SubjectKind;

import java.time.Period;
import java.util.Objects;

/**
 * One entry of the catalogue (目录, 沪人社规〔2018〕30号 第五条第二款; 上海市社会信用条例 第十条): an information item
 * with its category, the subjects it concerns, the fields a record must report, its legal basis, what makes it
 * serious and how long it may be provided.
 */
public record CatalogueItem(
        Category category,
        Set<SubjectKind> subjects,
        Seq<String> requiredFields,
        String legalBasis,
        Seq<SeriousCriterion> seriousWhen,
        Period queryPeriod) {

    public CatalogueItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(requiredFields, "requiredFields");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(seriousWhen, "seriousWhen");
        Objects.requireNonNull(queryPeriod, "queryPeriod");
    }
}
