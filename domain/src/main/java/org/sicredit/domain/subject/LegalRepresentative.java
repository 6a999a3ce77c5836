package org.sicredit.domain.subject;

import java.util.Objects;

/** 法定代表人或主要负责人: reported with every record about an organisation (沪人社规〔2018〕30号 第七条第（三）项). */
public record LegalRepresentative(SubjectName name, ResidentIdNumber residentIdNumber) {

    public LegalRepresentative {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(residentIdNumber, "residentIdNumber");
    }
}
