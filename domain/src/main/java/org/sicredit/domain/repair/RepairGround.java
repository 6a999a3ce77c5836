package org.sicredit.domain.repair;

/** How the subject reduced the harm (第十条). */
public enum RepairGround {
    OBLIGATIONS_FULFILLED("主动履行义务", "actively fulfilled its obligations"),
    EXTENSION("申请延期", "applied for an extension"),
    SELF_EXPLANATION("自主解释", "self-explanation"),
    OTHER("其他方式", "other means");

    private final String nameZh;
    private final String nameEn;

    RepairGround(String nameZh, String nameEn) {
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
