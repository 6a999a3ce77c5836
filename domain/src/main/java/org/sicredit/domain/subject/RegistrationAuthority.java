package org.sicredit.domain.subject;

import io.vavr.collection.Stream;
import io.vavr.control.Option;

/** The registration authority (登记管理部门) named by the first character of a unified social credit code. */
public enum RegistrationAuthority {
    ESTABLISHMENT('1', "机构编制", "institutional establishment"),
    FOREIGN_AFFAIRS('2', "外交", "foreign affairs"),
    JUSTICE('3', "司法行政", "judicial administration"),
    CULTURE('4', "文化", "culture"),
    CIVIL_AFFAIRS('5', "民政", "civil affairs"),
    TOURISM('6', "旅游", "tourism"),
    RELIGION('7', "宗教", "religious affairs"),
    TRADE_UNION('8', "工会", "trade unions"),
    MARKET_REGULATION('9', "工商（市场监督管理）", "market regulation"),
    MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室", "Central Military Commission establishment office"),
    AGRICULTURE('N', "农业", "agriculture"),
    OTHER('Y', "其他", "other");

    private final char code;
    private final String nameZh;
    private final String nameEn;

    RegistrationAuthority(char code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The authority for a code character, or none where GB 32100 (as amended) assigns none yet. */
    public static Option<RegistrationAuthority> ofCode(char code) {
        return Stream.of(values()).find(authority -> authority.code == code);
    }

    public char code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
