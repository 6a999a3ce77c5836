package org.sicredit.application.service;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CheckReadinessUseCase.Readiness;
import org.sicredit.application.port.out.ReadinessPort.Check;
import org.sicredit.domain.fixtures.Clocks;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTest {

    @Test
    void sicredit_is_ready_when_the_stores_answer_and_this_years_holiday_schedule_is_loaded() {
        Readiness readiness = new Application(Clocks.on(2025, 3, 3)).sicredit.checkReadiness().check();

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.checks().map(Check::name)).containsExactly("database", "calendar");
    }

    @Test
    void a_store_that_does_not_answer_makes_sicredit_not_ready_and_says_which() {
        Application app = new Application(Clocks.on(2025, 3, 3));
        app.storeChecks = List.of(new Check("database", false, "数据库不可达", "The database cannot be reached"));

        Readiness readiness = app.sicredit.checkReadiness().check();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.checks().filter(check -> !check.ok()).map(Check::name)).containsExactly("database");
    }

    @Test
    void a_year_whose_holiday_notice_is_not_loaded_makes_sicredit_not_ready_for_deadlines_cannot_be_counted() {
        Readiness readiness = new Application(Clocks.on(2027, 1, 4)).sicredit.checkReadiness().check();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.checks().find(check -> check.name().equals("calendar")).get().detailZh())
                .contains("2027 年节假日安排未载入");
    }
}
