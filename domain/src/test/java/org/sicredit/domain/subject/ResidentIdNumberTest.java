package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sicredit.domain.EitherAssert.assertThat;

class ResidentIdNumberTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock NOV_25_2026 = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI);

    /** The examples printed in GB 11643-1999 itself. */
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014"})
    void accepts_the_examples_of_the_standard(String example) {
        assertThat(ResidentIdNumber.parse(example, NOV_25_2026).get().value()).isEqualTo(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // check character changed
            "11010519491321002X", // two digits swapped
            "11010519941231002X", // two digits swapped
            "11010519491231002",  // last character lost
            "110105194912310002X" // a digit added
    })
    void rejects_corrupted_copies_of_the_standards_example(String corrupted) {
        assertThat(ResidentIdNumber.parse(corrupted, NOV_25_2026)).isLeft();
    }

    @Test
    void exposes_the_birth_date_the_sex_and_the_region() {
        ResidentIdNumber woman = ResidentIdNumber.parse("11010519491231002X", NOV_25_2026).get();
        ResidentIdNumber man = ResidentIdNumber.parse("440524188001010014", NOV_25_2026).get();

        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
        assertThat(woman.administrativeRegion()).isEqualTo("110105");
        assertThat(woman.checkCharacter()).isEqualTo('X');
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void converts_a_first_generation_fifteen_digit_number_to_its_eighteen_digit_form() {
        ResidentIdNumber converted = ResidentIdNumber.parse("110105491231002", NOV_25_2026).get();

        assertThat(converted.value()).isEqualTo("11010519491231002X");
        assertThat(converted.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void rejects_a_first_generation_number_with_a_letter() {
        assertThat(ResidentIdNumber.parse("11010549123100X", NOV_25_2026).getLeft().code()).isEqualTo("ID_CHARACTER");
    }

    @Test
    void cleans_a_number_the_way_people_type_it() {
        assertThat(ResidentIdNumber.parse(" １１０１０５１９４９１２３１００２ｘ ", NOV_25_2026).get().value())
                .isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.parse("11010519491231002x", NOV_25_2026).get().value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void prints_itself_masked() {
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X", NOV_25_2026).get();

        assertThat(number).hasToString("1101**********002X");
        assertThat(number.masked()).isEqualTo("1101**********002X");
    }

    @Test
    void rejects_a_missing_number() {
        assertThat(ResidentIdNumber.parse(null, NOV_25_2026).getLeft().code()).isEqualTo("ID_REQUIRED");
        assertThat(ResidentIdNumber.parse("  ", NOV_25_2026).getLeft().code()).isEqualTo("ID_REQUIRED");
    }

    @Test
    void rejects_a_number_of_the_wrong_length_without_showing_it() {
        Rejection rejection = ResidentIdNumber.parse("1101051949123100", NOV_25_2026).getLeft();

        assertThat(rejection.code()).isEqualTo("ID_LENGTH");
        assertThat(rejection.field()).isEqualTo("residentIdNumber");
        assertThat(rejection.value()).isEqualTo("1101********3100");
        assertThat(rejection.legalBasis()).contains("GB 11643-1999《公民身份号码》");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100X2", "11010519491231002Y", "11010519491231002-"})
    void rejects_a_letter_anywhere_but_an_x_at_the_end(String number) {
        assertThat(ResidentIdNumber.parse(number, NOV_25_2026).getLeft().code()).isEqualTo("ID_CHARACTER");
    }

    @Test
    void rejects_a_number_under_an_unknown_province() {
        String body = "99010519491231002";

        assertThat(ResidentIdNumber.parse(body + ReferenceCheck.residentId(body), NOV_25_2026).getLeft().code())
                .isEqualTo("ID_REGION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31010119900230001", "31010119901301001", "31010118491231001"})
    void rejects_a_birth_date_that_is_not_a_real_date(String body) {
        Rejection rejection = ResidentIdNumber.parse(body + ReferenceCheck.residentId(body), NOV_25_2026).getLeft();

        assertThat(rejection.code()).isEqualTo("ID_BIRTH_DATE");
        assertThat(rejection.value()).doesNotContain(body.substring(4, 14));
    }

    @Test
    void rejects_a_birth_date_after_today_by_the_clock_it_is_given() {
        String body = "31010120261126001";
        String bornTomorrow = body + ReferenceCheck.residentId(body);
        Clock dec1 = Clock.offset(NOV_25_2026, java.time.Duration.ofDays(6));

        assertThat(ResidentIdNumber.parse(bornTomorrow, NOV_25_2026).getLeft().code()).isEqualTo("ID_BIRTH_DATE");
        assertThat(ResidentIdNumber.parse(bornTomorrow, dec1)).isRight();
    }

    @Test
    void reads_today_in_shanghai_whatever_zone_the_clock_is_in() {
        String body = "31010120261126001";
        String bornNov26 = body + ReferenceCheck.residentId(body);
        Clock nov25At17UtcIsNov26InShanghai = Clock.fixed(
                ZonedDateTime.of(2026, 11, 25, 17, 0, 0, 0, ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));

        assertThat(ResidentIdNumber.parse(bornNov26, nov25At17UtcIsNov26InShanghai)).isRight();
    }

    @Test
    void rejects_a_number_whose_check_character_is_wrong() {
        Rejection rejection = ResidentIdNumber.parse("110105194912310021", NOV_25_2026).getLeft();

        assertThat(rejection.code()).isEqualTo("ID_CHECK_CHARACTER");
        assertThat(rejection.value()).isEqualTo("1101**********0021");
        assertThat(rejection.toString()).doesNotContain("110105194912310021");
    }

    @Test
    void parses_against_the_system_clock_when_given_none() {
        assertThat(ResidentIdNumber.parse("11010519491231002X")).isRight();
    }

    @Test
    void cannot_be_constructed_invalid_even_by_a_programming_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("110105194912310021"));
    }

    @Test
    void names_the_position_of_a_character_it_does_not_allow_but_not_the_character() {
        Rejection rejection = ResidentIdNumber.parse("1101051949123100A2", NOV_25_2026).getLeft();

        assertThat(rejection.messageZh()).contains("第17位");
        assertThat(rejection.messageEn()).contains("Character 17");
    }
}
