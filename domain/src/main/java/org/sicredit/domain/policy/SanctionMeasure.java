package org.sicredit.domain.policy;

import io.vavr.collection.Set;

import java.util.Objects;

/**
 * A measure HRSS departments apply to a subject with records (第八条): its stable code, what it means, which active
 * records trigger it, which conveniences it withholds, and its legal basis in the Measure that defines it.
 */
public record SanctionMeasure(
        String code,
        String nameZh,
        String nameEn,
        MeasureScope scope,
        Set<Facilitation> restricts,
        String legalBasis) {

    public SanctionMeasure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(restricts, "restricts");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
