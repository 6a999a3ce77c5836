package org.sicredit.application.view;

import io.vavr.collection.Seq;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.repair.Evidence;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.repair.RepairStatus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit-repair application as a caller sees it (沪人社规〔2018〕30号 第十条; 上海市社会信用条例 第三十八条): its ground
 * and explanation, the evidence named, where it stands, who recorded it, and the version a next step is taken
 * against.
 *
 * @param appliedBy the role that recorded the application: the subject itself, the Centre or the owning provider
 */
public record RepairView(RepairApplicationId id, RecordId recordId, String providerCode, RepairGround ground,
                         String explanation, LocalDate appliedOn, Seq<String> evidence, RepairStatus status, ActorRole appliedBy,
                         long version) {

    public RepairView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(appliedBy, "appliedBy");
    }

    public static RepairView of(RepairApplication application) {
        return new RepairView(application.id(), application.recordId(), application.provider().code(),
                application.ground(), application.explanation(), application.appliedOn(),
                application.evidence().map(Evidence::description), application.status(),
                application.history().head().actor().role(), application.version());
    }
}
