package org.sicredit.domain.objection;

/** The steps of an objection, in the order they must happen. */
public enum ObjectionStep {
    /** The Centre received the objection (上海市社会信用条例 第三十六条). */
    RECEIVED("市公共信用信息服务中心收到异议申请", "received by the Centre"),
    /** The Centre marked the record as under objection: within 1 working day. */
    MARKED("中心进行异议标注", "marked on the record by the Centre"),
    /** The Centre forwarded the objection to the Bureau: within 2 working days. */
    FORWARDED("中心转交市人力资源社会保障局", "forwarded to the Bureau"),
    /** The Bureau notified the provider: at once (第九条 即时). */
    PROVIDER_NOTIFIED("通知失信信息提供单位核查", "provider notified to verify"),
    /** The provider verified the record. */
    VERIFIED("提供单位完成核查", "verified by the provider"),
    /** The Bureau decided whether to correct: within 5 working days of its receipt (第九条). */
    DECIDED("作出是否更正的决定", "decided by the Bureau"),
    /** The Bureau told the Centre its decision: within the same 5 working days (第九条). */
    CENTRE_INFORMED("告知市公共信用信息服务中心", "Centre informed");

    private final String nameZh;
    private final String nameEn;

    ObjectionStep(String nameZh, String nameEn) {
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
