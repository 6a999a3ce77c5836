package org.sicredit.domain.subject;

/** The national standards the identifiers implement, cited in rejections. */
final class Standards {

    static final String USCC = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》";
    static final String ORGANISATION_CODE = "GB 11714-1997《全国组织机构代码编制规则》";
    static final String RESIDENT_ID = "GB 11643-1999《公民身份号码》";
    static final String PERMANENT_RESIDENCE_2023 = "国家移民管理局《新版外国人永久居留身份证机读信息规则（2023版）》";
    static final String COUNTRY_CODES = "ISO 3166-1 alpha-3（GB/T 2659）";

    private Standards() {
    }
}
