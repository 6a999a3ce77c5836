package org.sicredit.domain.record;

import java.util.Objects;

/** A record after a change, and the event that says what changed. */
public record Changed(DishonestyRecord record, RecordEvent event) {

    public Changed {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(event, "event");
    }
}
