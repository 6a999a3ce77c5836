package org.sicredit.domain.repair;

import java.util.Objects;

/** A credit-repair application's identity, as the store assigned it. */
public record RepairApplicationId(String value) {

    public RepairApplicationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a repair application id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
