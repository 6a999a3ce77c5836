package org.sicredit.domain.policy;

import io.vavr.collection.Seq;

import java.util.function.Predicate;

/**
 * Which of a subject's active records trigger a sanction measure — any predicate over them (category, severity,
 * amount, count, dates), so that a maintainer adds a measure of 第八条第（五）项 ("其他措施") by writing its scope here
 * and adding it to the Measure, without touching {@code sanction}. No record returned: the measure does not apply.
 */
@FunctionalInterface
public interface MeasureScope {

    /** Any active record (第八条 items 1–4). */
    MeasureScope ANY_ACTIVE_RECORD = active -> active;

    /** An active serious record (第八条第二款: joint punishment). */
    MeasureScope SERIOUS_ACTIVE_RECORD = active -> active.filter(RecordFacts::isSerious);

    /** The records among the subject's active ones that cause the measure; empty when it does not apply. */
    Seq<RecordFacts> causes(Seq<RecordFacts> activeRecords);

    /** The active records that each satisfy {@code predicate}. */
    static MeasureScope each(Predicate<RecordFacts> predicate) {
        return active -> active.filter(predicate);
    }

    /** The records of {@code scope}, when there are at least {@code count} of them; none otherwise. */
    static MeasureScope atLeast(int count, MeasureScope scope) {
        return active -> {
            Seq<RecordFacts> causes = scope.causes(active);
            return causes.size() >= count ? causes : causes.take(0);
        };
    }
}
