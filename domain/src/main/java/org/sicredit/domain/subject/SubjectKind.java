package org.sicredit.domain.subject;

/** 单位 or 个人: 沪人社规〔2018〕30号 第三条. */
public enum SubjectKind {
    ORGANISATION("单位", "organisation"),
    INDIVIDUAL("个人", "individual");

    private final String nameZh;
    private final String nameEn;

    SubjectKind(String nameZh, String nameEn) {
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
