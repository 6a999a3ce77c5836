package org.sicredit.domain.policy;

/** Social insurance, or medical insurance under 沪人社规〔2018〕30号 第十一条. */
public enum Scheme {
    SOCIAL_INSURANCE,
    MEDICAL_INSURANCE
}
