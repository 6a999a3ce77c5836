package org.sicredit.domain.repair;

import java.time.LocalDate;
import java.util.Objects;

/** One item of evidence the subject provides, and the day it arrived. */
public record Evidence(String description, LocalDate receivedOn) {

    public Evidence {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (description.isBlank()) {
            throw new IllegalArgumentException("evidence is described");
        }
    }
}
