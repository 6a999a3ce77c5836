package org.sicredit.domain.sanction;

import io.vavr.control.Option;
import org.sicredit.domain.policy.Facilitation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer to "may this subject use {@code facilitation} on {@code date}?", with its reason: the measure that
 * withholds it and the records behind that measure, or that no active record withholds it.
 */
public record FacilitationAnswer(Facilitation facilitation, LocalDate date, Option<AppliedMeasure> restrictedBy) {

    public FacilitationAnswer {
        Objects.requireNonNull(facilitation, "facilitation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(restrictedBy, "restrictedBy");
    }

    public boolean allowed() {
        return restrictedBy.isEmpty();
    }

    public String reasonZh() {
        return restrictedBy
                .map(applied -> "不可享受" + facilitation.nameZh() + "：有" + applied.causes().size()
                        + "条有效失信信息，依据" + applied.legalBasis() + "限制享受便利措施")
                .getOrElse(() -> "可以享受" + facilitation.nameZh() + "：" + date + "没有有效的失信信息");
    }

    public String reasonEn() {
        return restrictedBy
                .map(applied -> "No " + facilitation.nameEn() + ": " + applied.causes().size()
                        + " active dishonesty record(s) restrict conveniences under " + applied.legalBasis())
                .getOrElse(() -> facilitation.nameEn() + " is available: no active dishonesty record on " + date);
    }
}
