package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

/**
 * The daily sweep (上海市社会信用条例 第三十五条): records past their query period leave every answer. Safe to run
 * twice and from two processes at once: a record another sweep expired first is skipped, never expired twice.
 */
public interface ExpireRecordsUseCase {

    Either<Rejection, Result> expire(Command command);

    record Command(@NotNull @Valid Caller caller) {
    }

    record Result(Seq<RecordId> expired, int skippedBecauseAnotherSweepWasFirst) {
    }
}
