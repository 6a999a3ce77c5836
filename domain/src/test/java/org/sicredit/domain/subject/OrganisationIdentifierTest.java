package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationIdentifierTest {

    @Test
    void reads_nine_or_ten_characters_as_an_organisation_code_and_longer_ones_as_a_credit_code() {
        assertThat(OrganisationIdentifier.parse("13221158-X").get()).isInstanceOf(OrganisationCode.class);
        assertThat(OrganisationIdentifier.parse("13221158X").get()).isInstanceOf(OrganisationCode.class);
        assertThat(OrganisationIdentifier.parse("9131000013221158XC").get()).isInstanceOf(UnifiedSocialCreditCode.class);
    }

    @Test
    void asks_for_a_credit_code_when_there_is_nothing() {
        assertThat(OrganisationIdentifier.parse(" ").getLeft().code()).isEqualTo("USCC_REQUIRED");
        assertThat(OrganisationIdentifier.parse(null).getLeft().code()).isEqualTo("USCC_REQUIRED");
    }

    @Test
    void reports_a_short_wrong_code_as_an_organisation_code() {
        assertThat(OrganisationIdentifier.parse("13221158-1").getLeft().code()).isEqualTo("ORGANISATION_CODE_CHECK_CHARACTER");
        assertThat(OrganisationIdentifier.parse("9131000013").getLeft().code()).isEqualTo("ORGANISATION_CODE_LENGTH");
        assertThat(OrganisationIdentifier.parse("91310000132").getLeft().code()).isEqualTo("USCC_LENGTH");
    }

    @Test
    void a_credit_code_and_the_organisation_code_inside_it_are_one_identity() {
        OrganisationIdentifier credit = OrganisationIdentifier.parse("9131000013221158XC").get();
        OrganisationIdentifier legacy = OrganisationIdentifier.parse("13221158-X").get();

        assertThat(credit.identity()).isEqualTo("ORG:13221158X").isEqualTo(legacy.identity());
        assertThat(credit).isNotEqualTo(legacy);
        assertThat(new ResidentIdNumber("440524188001010014").identity()).isEqualTo("440524188001010014");
    }
}
