package org.sicredit.domain.objection;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step's due date, the day it was done (if it was) and how many working days late it was or is on the day
 * asked; zero when on time.
 */
public record StepDeadline(ObjectionStep step, LocalDate due, Option<LocalDate> doneOn, int workingDaysLate) {

    public StepDeadline {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(doneOn, "doneOn");
        if (workingDaysLate < 0) {
            throw new IllegalArgumentException("lateness is never negative");
        }
    }

    public boolean isOverdue() {
        return workingDaysLate > 0;
    }
}
