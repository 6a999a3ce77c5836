package org.sicredit.domain.policy;

import io.vavr.collection.Seq;

import java.util.Objects;

/** How a severity rule describes itself in the serious list: its ground, the categories it reads, its test. */
public record SeriousCriterion(SeriousGround ground, Seq<Integer> categories, String criterionZh, String criterionEn,
                               String legalBasis) {

    public SeriousCriterion {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(criterionZh, "criterionZh");
        Objects.requireNonNull(criterionEn, "criterionEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
