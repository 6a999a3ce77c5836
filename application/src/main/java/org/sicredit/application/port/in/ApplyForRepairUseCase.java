package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.text.Limits;

import java.util.List;

/**
 * A subject applies for credit repair of a record on the Platform, inside its query period (沪人社规〔2018〕30号
 * 第十条; 上海市社会信用条例 第三十八条). The subject applies itself, or the owning provider or the Centre records the
 * application on its behalf; evidence may come with it. A record has at most one open application.
 */
public interface ApplyForRepairUseCase {

    Either<Rejection, RepairView> apply(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RecordId recordId, @NotNull RepairGround ground,
                   @NotBlank @Size(max = Limits.REASON) String explanation,
                   @NotNull @Size(max = 50) List<@NotBlank @Size(max = Limits.EVIDENCE) String> evidence) {
    }
}
