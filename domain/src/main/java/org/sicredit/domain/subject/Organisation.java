package org.sicredit.domain.subject;

import java.util.Objects;

/** 单位: named by its credit code (or legacy organisation code), reported with its legal representative. */
public record Organisation(SubjectName name, OrganisationIdentifier identifier, LegalRepresentative legalRepresentative)
        implements Subject {

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.ORGANISATION;
    }
}
