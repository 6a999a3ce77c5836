package org.sicredit.domain.rejection;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.record.Actor;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class RejectionKindTest {

    @Test
    void a_rule_of_the_law_or_a_standard_is_invalid_input() {
        assertThat(Rejection.of("USCC_CHECK_CHARACTER", "code", "x", "校验码不符", "check character").kind())
                .isEqualTo(RejectionKind.INVALID);
    }

    @Test
    void a_step_the_state_does_not_allow_is_a_conflict_and_a_missing_schedule_is_unavailable() {
        Rejection illegal = aRecord().build().revoke("撤销", BUREAU_OFFICER, Clocks.on(2019, 4, 3)).get().record()
                .expire(Actor.system("sweep"), Clocks.on(2030, 1, 1)).getLeft();
        Rejection notCovered = HolidayCn.calendar().isWorkingDay(LocalDate.of(2027, 3, 1)).getLeft();

        assertThat(illegal.kind()).isEqualTo(RejectionKind.CONFLICT);
        assertThat(notCovered.kind()).isEqualTo(RejectionKind.UNAVAILABLE);
    }

    @Test
    void the_catalogue_names_each_kind_but_invalid_and_every_code_is_stable_upper_snake_case() {
        assertThat(RejectionCodes.nonInvalidCodes().values().distinct()).containsExactlyInAnyOrder(
                RejectionKind.NOT_FOUND, RejectionKind.FORBIDDEN, RejectionKind.CONFLICT, RejectionKind.UNAVAILABLE,
                RejectionKind.UNAUTHENTICATED);
        assertThat(RejectionCodes.kindOf(RejectionCodes.API_KEY_REVOKED)).isEqualTo(RejectionKind.UNAUTHENTICATED);
        RejectionCodes.nonInvalidCodes().forEach((code, kind) ->
                assertThat(Rejection.of(code, "f", "", "中文", "English").kind()).isEqualTo(kind));
        assertThat(List.of(RejectionCodes.STALE_VERSION, RejectionCodes.DUPLICATE_RECORD,
                RejectionCodes.ROLE_NOT_ALLOWED, RejectionCodes.PROVIDER_SCOPE, RejectionCodes.PLATFORM_UNAVAILABLE)
                .map(RejectionCodes::kindOf)).containsExactly(RejectionKind.CONFLICT, RejectionKind.CONFLICT,
                RejectionKind.FORBIDDEN, RejectionKind.FORBIDDEN, RejectionKind.UNAVAILABLE);
    }

    @Test
    void every_code_of_the_catalogue_is_its_own_name_and_the_not_found_ones_are_kinded() throws Exception {
        for (java.lang.reflect.Field field : RejectionCodes.class.getFields()) {
            assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
        }
        assertThat(RejectionCodes.kindOf(RejectionCodes.RECORD_NOT_FOUND)).isEqualTo(RejectionKind.NOT_FOUND);
        assertThat(RejectionCodes.kindOf(RejectionCodes.COMMAND_REQUIRED)).isEqualTo(RejectionKind.INVALID);
    }
}
