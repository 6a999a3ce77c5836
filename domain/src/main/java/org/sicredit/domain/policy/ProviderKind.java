package org.sicredit.domain.policy;

/** The five kinds of provider of 沪人社规〔2018〕30号 第四条. */
public enum ProviderKind {
    SOCIAL_INSURANCE_CENTRE("上海市社会保险事业管理中心", "Shanghai Social Insurance Administration Centre"),
    EMPLOYMENT_PROMOTION_CENTRE("上海市就业促进中心", "Shanghai Employment Promotion Centre"),
    LABOUR_SECURITY_SUPERVISION_CORPS("上海市劳动保障监察总队", "Shanghai Labour Security Supervision Corps"),
    DISTRICT_EMPLOYMENT_PROMOTION_CENTRE("区就业促进中心", "district employment promotion centre"),
    RESIDENT_PENSION_AGENCY("城乡居民养老保险经办机构", "urban-rural resident pension insurance agency");

    private final String nameZh;
    private final String nameEn;

    ProviderKind(String nameZh, String nameEn) {
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
