package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

/** An organisation's unified social credit code, or its legacy organisation code where it has none. */
public sealed interface OrganisationIdentifier extends SubjectIdentifier
        permits UnifiedSocialCreditCode, OrganisationCode {

    /** An organisation's code is public (it is printed on its licence): shown as it is. */
    @Override
    default String masked() {
        return value();
    }

    /** The organisation code (9 characters, no hyphen) this identifier holds or is: the organisation's identity. */
    String organisationCodeCharacters();

    @Override
    default String identity() {
        return "ORG:" + organisationCodeCharacters();
    }

    static Either<Rejection, OrganisationIdentifier> parse(String raw) {
        boolean shortCode = raw != null && IdentifierText.clean(raw).length() <= OrganisationCode.LENGTH + 1;
        return shortCode && !IdentifierText.isBlank(raw)
                ? OrganisationCode.parse(raw).map(OrganisationIdentifier.class::cast)
                : UnifiedSocialCreditCode.parse(raw).map(OrganisationIdentifier.class::cast);
    }
}
