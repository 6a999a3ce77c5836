package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

/** The Centre receives a subject's objection to a record on the Platform (上海市社会信用条例 第三十六条). */
public interface ReceiveObjectionUseCase {

    Either<Rejection, ObjectionView> receive(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RecordId recordId, @NotBlank @Size(max = Limits.REASON) String grounds) {
    }
}
