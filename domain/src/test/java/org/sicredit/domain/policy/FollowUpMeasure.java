package org.sicredit.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test fixture: what a maintainer writes when a successor measure takes effect on 2023-08-01 with a larger "large
 * amount" — one Measure built in this package, and nothing else.
 */
public final class FollowUpMeasure {

    private FollowUpMeasure() {
    }

    public static Measure from2023(BigDecimal largeAmount) {
        return Policies.continuationOf2018Rules("follow-up-2023", "后续社会保险失信信息管理规定（示例）", "示例规定〔2023〕1号",
                LocalDate.of(2023, 8, 1), LocalDate.of(2028, 7, 31), largeAmount);
    }
}
