package org.sicredit.domain.policy;

/** The item of 第六条 that makes a record serious; its citation comes from the Measure that applies it. */
public enum SeriousGround {
    PUBLIC_NOTICE(1, "欠缴社会保险费被实施向社会公开告示", "publicly notified for premium arrears"),
    FUND_FRAUD(2, "骗取社会保险基金支出数额较大或严重影响基金安全", "defrauded the fund in a large amount, or seriously endangered it"),
    OBSTRUCTION(3, "无理抗拒、阻挠监督检查情节严重或严重影响管理秩序", "obstructed supervision in serious circumstances, or seriously disturbed administration");

    private final int item;
    private final String nameZh;
    private final String nameEn;

    SeriousGround(int item, String nameZh, String nameEn) {
        this.item = item;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public int item() {
        return item;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** {@code 第六条第（二）项}: the article and item, without the instrument. */
    public String article() {
        return "第六条第（" + "一二三".charAt(item - 1) + "）项";
    }
}
