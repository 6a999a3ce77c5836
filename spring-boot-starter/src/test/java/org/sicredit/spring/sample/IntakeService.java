package org.sicredit.spring.sample;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.domain.rejection.Rejection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's own bookkeeping and sicredit's collection in one transaction: the intake log row and the records
 * commit together or not at all; a submission sicredit refuses undoes only sicredit's part.
 */
@Service
public class IntakeService {

    private final JdbcTemplate jdbc;
    private final CollectSubmissionUseCase collect;

    public IntakeService(JdbcTemplate jdbc, CollectSubmissionUseCase collect) {
        this.jdbc = jdbc;
        this.collect = collect;
    }

    @Transactional
    public Either<Rejection, CollectSubmissionUseCase.Result> receive(SubmissionRequest request, String clerk) {
        jdbc.update("INSERT INTO intake_log (provider_code, period, rows_received) VALUES (?, ?, ?)",
                request.providerCode(), String.valueOf(request.period()), request.rows().size());
        return collect.collect(request.command(Caller.provider(clerk, request.providerCode())));
    }
}
