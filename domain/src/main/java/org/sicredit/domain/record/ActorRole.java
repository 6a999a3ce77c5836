package org.sicredit.domain.record;

/** Who acts on a record. */
public enum ActorRole {
    /** 失信信息提供单位 */
    PROVIDER,
    /** 市人力资源社会保障局 */
    BUREAU,
    /** 市公共信用信息服务中心 */
    CENTRE,
    /** the subject itself, objecting or applying for repair */
    SUBJECT,
    /** a scheduled job, such as the expiry sweep */
    SYSTEM,
    /** 人力资源社会保障部门窗口经办人员: counter staff of an HRSS department, who look subjects up (第八条) and nothing else */
    OFFICER,
    /** 审计人员: reads the audit trail — who looked at whom, and why — and nothing else */
    AUDITOR
}
