package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

import java.util.Objects;

/**
 * The outcome of 第六条: serious on these findings, each with the citation of the Measure that decided it, or on
 * none. A stored record keeps its classification when the policy is edited later.
 */
public record Classification(SortedSet<SeriousFinding> findings) {

    public static final Classification ORDINARY = new Classification(TreeSet.empty());

    public Classification {
        Objects.requireNonNull(findings, "findings");
    }

    public static Classification serious(SeriousGround ground, String legalBasis) {
        return new Classification(TreeSet.of(new SeriousFinding(ground, legalBasis)));
    }

    public static Classification combine(Seq<Classification> classifications) {
        return new Classification(TreeSet.ofAll(classifications.flatMap(Classification::findings)));
    }

    public SortedSet<SeriousGround> grounds() {
        return findings.map(SeriousFinding::ground);
    }

    public Severity severity() {
        return findings.isEmpty() ? Severity.ORDINARY : Severity.SERIOUS;
    }

    public boolean isSerious() {
        return severity() == Severity.SERIOUS;
    }

    public Seq<String> legalBasis() {
        return findings.toList().map(SeriousFinding::legalBasis);
    }
}
