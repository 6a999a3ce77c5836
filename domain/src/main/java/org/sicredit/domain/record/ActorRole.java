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
    SYSTEM
}
