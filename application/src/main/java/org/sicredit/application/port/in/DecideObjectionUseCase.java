package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

/**
 * The Bureau decides whether to correct (第九条: within five working days of its receipt): the record is upheld,
 * corrected, or deleted (revoked, and off the Platform within 上海市社会信用条例 第三十七条's three working days) in the
 * same unit, and the Centre is told. A correction carries the corrected record as a draft.
 */
public interface DecideObjectionUseCase {

    Either<Rejection, ObjectionView> decide(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull ObjectionId objectionId, @NotNull Decision decision,
                   @NotBlank @Size(max = Limits.REASON) String reason, RecordDraft correction,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, ObjectionId objectionId, Decision decision, String reason, RecordDraft correction) {
            this(caller, objectionId, decision, reason, correction, ExpectedVersion.any());
        }
    }
}
