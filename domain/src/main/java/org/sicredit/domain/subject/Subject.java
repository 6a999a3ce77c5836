package org.sicredit.domain.subject;

/** 失信主体: an organisation or an individual (沪人社规〔2018〕30号 第三条、第七条). */
public sealed interface Subject permits Organisation, Individual {

    SubjectName name();

    SubjectIdentifier identifier();

    SubjectKind kind();
}
