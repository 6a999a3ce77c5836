package org.sicredit.domain.record;

import java.util.Objects;
import java.util.UUID;

/** A record's identity, assigned by whoever stores it. */
public record RecordId(UUID value) {

    public RecordId {
        Objects.requireNonNull(value, "value");
    }

    public static RecordId of(String value) {
        return new RecordId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
