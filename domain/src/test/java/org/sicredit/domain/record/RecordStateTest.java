package org.sicredit.domain.record;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordStateTest {

    @Test
    void every_state_has_its_own_stable_code_and_a_chinese_name() {
        YearMonth april = YearMonth.of(2019, 4);
        LocalDate day = LocalDate.of(2020, 1, 2);
        List<RecordState> states = List.of(new RecordState.Collected(), new RecordState.Submitted(april),
                new RecordState.Reported(april), new RecordState.UnderObjection(april, "OBJ-1"),
                new RecordState.Revoked(day, "撤销"), new RecordState.Repaired(day, "P-1"),
                new RecordState.Expired(day));

        assertThat(states).extracting(RecordState::code).containsExactly("COLLECTED", "SUBMITTED", "REPORTED",
                "UNDER_OBJECTION", "REVOKED", "REPAIRED", "EXPIRED");
        assertThat(states).extracting(RecordState::nameZh).doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
        assertThat(states).filteredOn(RecordState::isFinal).extracting(RecordState::code)
                .containsExactly("REVOKED", "REPAIRED", "EXPIRED");
    }
}
