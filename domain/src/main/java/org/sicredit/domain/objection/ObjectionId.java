package org.sicredit.domain.objection;

import java.util.Objects;

/** An objection's identity, as the Centre numbered it or the store assigned it. */
public record ObjectionId(String value) {

    public ObjectionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an objection id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
