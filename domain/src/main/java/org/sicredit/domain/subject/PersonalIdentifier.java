package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;

/**
 * The number of an individual's identity document. It is personal data: {@link #toString()} and {@link #masked()}
 * hide its middle, rejections carry it masked, and adapters store {@link #value()} only sealed.
 */
public sealed interface PersonalIdentifier extends SubjectIdentifier
        permits ResidentIdNumber, ForeignPermanentResidentId, PassportNumber {

    IdentityDocument document();

    /** The number with its middle hidden. */
    String masked();

    /**
     * Parses a number of the given document as people type it. For a passport, {@code raw} is
     * {@code COUNTRY:NUMBER} with the issuing country's ISO 3166-1 alpha-3 code ({@code USA:E12345678}).
     */
    static Either<Rejection, PersonalIdentifier> parse(IdentityDocument document, String raw, Clock clock) {
        return switch (document) {
            case RESIDENT_ID -> ResidentIdNumber.parse(raw, clock).map(PersonalIdentifier.class::cast);
            case FOREIGN_PERMANENT_RESIDENT_ID -> ForeignPermanentResidentId.parse(raw)
                    .map(PersonalIdentifier.class::cast);
            case PASSPORT -> PassportNumber.parse(raw).map(PersonalIdentifier.class::cast);
        };
    }

    /** A number stored by an adapter, which was valid when it was stored; checked by its constructor. */
    static PersonalIdentifier stored(IdentityDocument document, String value) {
        return switch (document) {
            case RESIDENT_ID -> new ResidentIdNumber(value);
            case FOREIGN_PERMANENT_RESIDENT_ID -> new ForeignPermanentResidentId(value);
            case PASSPORT -> PassportNumber.stored(value);
        };
    }
}
