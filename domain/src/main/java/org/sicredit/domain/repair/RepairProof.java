package org.sicredit.domain.repair;

import org.sicredit.domain.record.Provider;

import java.time.LocalDate;
import java.util.Objects;

/** 信用修复记录的书面证明: issued by the owning provider to the Centre (第十条). */
public record RepairProof(String number, LocalDate issuedOn, Provider provider) {

    public RepairProof {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(provider, "provider");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a proof has a number");
        }
    }
}
