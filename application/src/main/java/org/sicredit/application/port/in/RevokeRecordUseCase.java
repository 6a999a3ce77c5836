package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

import java.time.LocalDate;

/**
 * A record whose underlying act was annulled is revoked (上海市社会信用条例 第三十七条): it stops sanctioning at once,
 * the Platform is told, and the result says by when the Platform must have deleted it. The Bureau or the owning
 * provider revokes.
 */
public interface RevokeRecordUseCase {

    Either<Rejection, Result> revoke(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RecordId recordId, @NotBlank @Size(max = Limits.REASON) String reason,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RecordId recordId, String reason) {
            this(caller, recordId, reason, ExpectedVersion.any());
        }
    }

    record Result(RecordId recordId, LocalDate revokedOn, LocalDate deleteBy, long version) {
    }
}
