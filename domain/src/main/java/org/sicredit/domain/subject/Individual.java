package org.sicredit.domain.subject;

import java.util.Objects;

/** 个人: named by name and resident ID number; prints the number masked. */
public record Individual(SubjectName name, ResidentIdNumber identifier) implements Subject {

    public Individual {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.INDIVIDUAL;
    }
}
