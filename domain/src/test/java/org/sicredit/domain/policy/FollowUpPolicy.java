package org.sicredit.domain.policy;

import io.vavr.collection.List;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test fixture: what a maintainer writes when a successor measure takes effect on 2023-08-01 with a larger "large
 * amount" — a new policy built in this package, and nothing else.
 */
public final class FollowUpPolicy {

    private FollowUpPolicy() {
    }

    public static Policy from2023(BigDecimal largeAmount) {
        Policy base = Policies.HU_RENSHE_GUI_2018_30;
        return new Policy("follow-up-2023", "后续社会保险失信信息管理规定（示例）", "示例规定〔2023〕1号",
                LocalDate.of(2023, 8, 1), LocalDate.of(2028, 7, 31), base.categories(),
                List.of(new PublicNoticeRule(io.vavr.collection.HashSet.of(1, 2, 3)), new FundFraudRule(4, largeAmount),
                        new ObstructionRule(6)),
                base.sanctionMeasures(), base.queryPeriod(), base.deadlines());
    }
}
