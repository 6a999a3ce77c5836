package org.sicredit.domain.subject;

/** The identity document that names an individual (证件类型). */
public enum IdentityDocument {
    /** 居民身份证 (and the residence permits for Hong Kong, Macao and Taiwan residents, numbered the same way). */
    RESIDENT_ID("居民身份证", "resident ID card"),
    /** 外国人永久居留身份证: the 15-character card and the 18-digit card issued since 2023-12-01. */
    FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", "foreigner's permanent residence ID card"),
    /** 护照, with its issuing country: the last resort for a foreign national without a permanent residence card. */
    PASSPORT("护照", "passport");

    private final String nameZh;
    private final String nameEn;

    IdentityDocument(String nameZh, String nameEn) {
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
