package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

import java.util.Objects;

/** The outcome of Art. 6: serious on these grounds, or on none. */
public record Classification(SortedSet<SeriousGround> grounds) {

    public static final Classification ORDINARY = new Classification(TreeSet.empty());

    public Classification {
        Objects.requireNonNull(grounds, "grounds");
    }

    public static Classification serious(SeriousGround ground) {
        return new Classification(TreeSet.of(ground));
    }

    public static Classification combine(Seq<Classification> classifications) {
        return new Classification(TreeSet.ofAll(classifications.flatMap(Classification::grounds)));
    }

    public Severity severity() {
        return grounds.isEmpty() ? Severity.ORDINARY : Severity.SERIOUS;
    }

    public boolean isSerious() {
        return severity() == Severity.SERIOUS;
    }

    public Seq<String> legalBasis() {
        return grounds.isEmpty() ? List.empty() : grounds.toList().map(SeriousGround::legalBasis);
    }
}
