package org.sicredit.domain.policy;

/**
 * The working-day deadlines of 上海市社会信用条例 第三十六至三十八条: the Regulations' own, so they run whether or not a
 * Measure is in force. The deadlines of the objection, repair and revocation flows, each counted from the day after the
 * event that starts it.
 *
 * @param objectionMarking   the Centre marks a record under objection (上海市社会信用条例 第三十六条: 1 working day)
 * @param objectionForwarding the Centre forwards the objection to the Bureau (第三十六条: 2 working days)
 * @param providerNotification the Bureau notifies the provider (沪人社规〔2018〕30号 第九条: 即时, 0 working days).
 *        Kept with the Regulations after that Measure expired: 第三十六条 gives the Bureau five working days to
 *        verify and decide, which it cannot do without asking the provider at once — a reading a maintainer may
 *        dispute, and change here.
 * @param objectionDecision  the Bureau decides whether to correct, from its receipt (第九条: 5 working days)
 * @param repairDelisting    the Platform stops showing a repaired record after the proof (第三十八条: 3 working days)
 * @param revocationDeletion a revoked record is deleted after notice (第三十七条: 3 working days)
 */
public record Deadlines(
        int objectionMarking,
        int objectionForwarding,
        int providerNotification,
        int objectionDecision,
        int repairDelisting,
        int revocationDeletion) {

    public Deadlines {
        if (objectionMarking < 0 || objectionForwarding < 0 || providerNotification < 0 || objectionDecision < 0
                || repairDelisting < 0 || revocationDeletion < 0) {
            throw new IllegalArgumentException("deadlines are counts of working days, never negative");
        }
    }
}
