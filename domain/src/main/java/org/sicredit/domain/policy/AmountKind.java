package org.sicredit.domain.policy;

/** What the amount of a record measures, where its category has one. */
public enum AmountKind {
    ARREARS("欠缴社会保险费", "premium arrears"),
    OVERPAID_BENEFITS("多领取的社会保险待遇", "overpaid benefits"),
    DEFRAUDED_SUM("骗取的社会保险基金支出", "defrauded fund payments"),
    NONE("无", "none");

    private final String nameZh;
    private final String nameEn;

    AmountKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
