package org.sicredit.domain.objection;

import io.vavr.control.Option;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.RecordId;

import java.time.Instant;
import java.time.LocalDate;

/** A step of an objection, done on a day, at the clock's time, by an actor. */
public record ObjectionEvent(
        ObjectionId objectionId,
        RecordId recordId,
        ObjectionStep step,
        LocalDate on,
        Instant at,
        Actor actor,
        Option<String> detail) {
}
