package org.sicredit.domain.policy;

import java.util.Objects;

/** One reason a record is serious: the item of 第六条 and its citation in the Measure that decided it. */
public record SeriousFinding(SeriousGround ground, String legalBasis) implements Comparable<SeriousFinding> {

    public SeriousFinding {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    @Override
    public int compareTo(SeriousFinding other) {
        int byGround = ground.compareTo(other.ground);
        return byGround != 0 ? byGround : legalBasis.compareTo(other.legalBasis);
    }
}
