package org.sicredit.domain.policy;

/** The conveniences 沪人社规〔2018〕30号 第八条第（四）项 restricts. */
public enum Facilitation {
    NOTIFICATION_AND_COMMITMENT("告知承诺", "notification and commitment"),
    ONLINE_HANDLING("网上办事", "online handling"),
    GREEN_CHANNEL("绿色通道", "green channel");

    private final String nameZh;
    private final String nameEn;

    Facilitation(String nameZh, String nameEn) {
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
