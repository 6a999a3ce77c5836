package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.ReadinessPort.Check;

/**
 * Whether sicredit can serve requests now — for a readiness probe, so it needs no caller and reads no personal data:
 * the stores' checks (the database answers, its migrations are current) and the calendar's (the holiday schedule of
 * the current year is published, without which no deadline of 沪人社规〔2018〕30号 第九条 can be counted).
 */
public interface CheckReadinessUseCase {

    Readiness check();

    /** Ready when every check is ok. */
    record Readiness(boolean ready, Seq<Check> checks) {
    }
}
