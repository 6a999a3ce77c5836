package org.sicredit.domain.objection;

/**
 * 是否更正 (沪人社规〔2018〕30号 第九条): the Bureau upholds the record as it is, corrects it, or deletes it — the record
 * should never have existed, and goes the way of a revocation (上海市社会信用条例 第三十七条: off the Platform within
 * three working days).
 */
public enum Decision {
    CORRECT,
    UPHOLD,
    DELETE
}
