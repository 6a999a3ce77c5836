package org.sicredit.application.service;

import io.vavr.collection.List;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.sicredit.application.fixtures.InMemoryRecordStore;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class SubmissionIntakeTest {

    @Test
    void a_submission_with_more_rows_than_allowed_is_refused_as_a_whole() {
        SubmissionIntake intake = new SubmissionIntake(new InMemoryRecordStore(), Policies.defaultBook(),
                Clocks.on(2019, 4, 25), new CommandCheck(Validation.buildDefaultValidatorFactory().getValidator()),
                YearMonth.of(2019, 4), Providers.SOCIAL_INSURANCE_CENTRE, PROVIDER_CLERK, 3);

        Rejection rejection = intake.take(List.range(1, 5).map(i -> new Row(i, aRecord().documentNumber("D-" + i)
                .draft()))).getLeft();

        assertThat(rejection.code()).isEqualTo("COMMAND_SIZE");
        assertThat(rejection.field()).isEqualTo("rows");
        assertThat(rejection.messageZh()).contains("最多3行");
    }
}
