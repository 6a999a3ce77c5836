package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which policy governs a date. Policies never overlap. A date no policy covers is a {@code NO_POLICY_IN_FORCE}
 * rejection: sicredit does not apply a rule outside the period its text gives it, unless a deployment configures a
 * policy for that period.
 *
 * <p>A record is governed by the policy in force on its act date (the date of the decision or finding that Art. 7
 * reports); questions "as of" a date — sanctions, deadlines — by the policy in force on that date.
 */
public record PolicyBook(Seq<Policy> policies) {

    public static final String NO_POLICY_IN_FORCE = "NO_POLICY_IN_FORCE";

    public PolicyBook {
        Objects.requireNonNull(policies, "policies");
        policies = policies.sortBy(Policy::effectiveFrom);
        for (int i = 1; i < policies.size(); i++) {
            if (!policies.get(i).effectiveFrom().isAfter(policies.get(i - 1).effectiveUntil())) {
                throw new IllegalArgumentException("policies overlap: " + policies.get(i - 1).id() + " and "
                        + policies.get(i).id());
            }
        }
    }

    public static PolicyBook of(Policy... policies) {
        return new PolicyBook(List.of(policies));
    }

    public PolicyBook with(Policy policy) {
        return new PolicyBook(policies.append(policy));
    }

    public Either<Rejection, Policy> governing(LocalDate date) {
        return policies.find(policy -> policy.governs(date)).toEither(() -> Rejection.of(NO_POLICY_IN_FORCE,
                "date", date.toString(),
                date + "没有生效的社会保险失信信息管理规定（" + Citations.MEASURES + "有效期为2018年8月1日至2023年7月31日），"
                        + "请配置适用的规定",
                "No policy on social-insurance dishonesty records is in force on " + date + " ("
                        + Citations.MEASURES + " was in force 2018-08-01 to 2023-07-31); configure the one that applies"));
    }
}
