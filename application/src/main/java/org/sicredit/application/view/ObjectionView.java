package org.sicredit.application.view;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.record.RecordId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An objection as a caller sees it (沪人社规〔2018〕30号 第九条; 上海市社会信用条例 第三十六条): the steps taken and on
 * which day, the decision once made, and the version a next step is taken against.
 */
public record ObjectionView(ObjectionId id, RecordId recordId, String providerCode, String grounds,
                            ObjectionStep lastStep, Map<ObjectionStep, LocalDate> steps, Option<Decision> decision,
                            long version) {

    public ObjectionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(lastStep, "lastStep");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(decision, "decision");
    }

    public static ObjectionView of(Objection objection) {
        return new ObjectionView(objection.id(), objection.recordId(), objection.provider().code(),
                objection.grounds(), objection.lastStep(), objection.done(), objection.decision(),
                objection.version());
    }
}
