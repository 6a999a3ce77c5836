package org.sicredit.domain.sanction;

import io.vavr.control.Option;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer to "may this subject use {@code facilitation} on {@code date}?", with its reason: the measure that
 * withholds it and the records behind that measure; or that no Measure was in force to withhold it
 * ({@code noMeasure}); or that no active record withholds it.
 */
public record FacilitationAnswer(Facilitation facilitation, LocalDate date, Option<AppliedMeasure> restrictedBy,
                                 Option<Rejection> noMeasure) {

    public FacilitationAnswer {
        Objects.requireNonNull(facilitation, "facilitation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(restrictedBy, "restrictedBy");
        Objects.requireNonNull(noMeasure, "noMeasure");
    }

    public boolean allowed() {
        return restrictedBy.isEmpty();
    }

    public String reasonZh() {
        return restrictedBy
                .map(applied -> "不可享受" + facilitation.nameZh() + "：有" + applied.causes().size()
                        + "条有效失信信息，依据" + applied.legalBasis() + "限制享受便利措施")
                .getOrElse(() -> "可以享受" + facilitation.nameZh() + "："
                        + noMeasure.map(Rejection::messageZh).getOrElse(date + "没有有效的失信信息"));
    }

    public String reasonEn() {
        return restrictedBy
                .map(applied -> "No " + facilitation.nameEn() + ": " + applied.causes().size()
                        + " active dishonesty record(s) restrict conveniences under " + applied.legalBasis())
                .getOrElse(() -> facilitation.nameEn() + " is available: "
                        + noMeasure.map(Rejection::messageEn).getOrElse("no active dishonesty record on " + date));
    }
}
