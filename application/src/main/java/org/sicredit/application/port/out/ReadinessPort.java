package org.sicredit.application.port.out;

import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * Whether the stores can serve now: the database answers, and its schema is the one this build of sicredit expects —
 * what a readiness probe asks before traffic is sent. An implementation answers within a few seconds and never
 * throws: a fault is a check that is not ok, its detail naming what is wrong without any value of the data.
 */
@FunctionalInterface
public interface ReadinessPort {

    Seq<Check> checks();

    /** One thing that must hold for sicredit to serve, and whether it does. */
    record Check(String name, boolean ok, String detailZh, String detailEn) {

        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detailZh, "detailZh");
            Objects.requireNonNull(detailEn, "detailEn");
        }
    }
}
