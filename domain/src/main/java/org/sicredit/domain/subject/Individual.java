package org.sicredit.domain.subject;

import java.util.Objects;

/**
 * 个人: named by name and a personal identity document — a resident ID number (Hong Kong, Macao and Taiwan residence
 * permits included), a foreigner's permanent residence ID card, or a passport; prints the number masked.
 */
public record Individual(SubjectName name, PersonalIdentifier identifier) implements Subject {

    public Individual {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.INDIVIDUAL;
    }
}
