package org.sicredit.app;

import io.vavr.collection.Seq;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.AnswerOnceUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase.OpenObjection;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.out.IdempotencyPort.Answer;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The overdue-objection check (上海市社会信用条例 第三十六条, 沪人社规〔2018〕30号 第九条: each step has its deadline in
 * working days): the open objections with a step past its deadline today, their number on the metrics, and — once a
 * day across every instance on the database, the day claimed as an idempotency key — one warning per objection in
 * the log, naming the step, its due date and how many working days late (never the subject).
 */
final class OverdueCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueCheck.class);
    private static final Caller CHECK = Caller.system("overdue-check");

    private final Sicredit sicredit;
    private final java.time.Clock clock;
    private final Metrics metrics;

    OverdueCheck(Sicredit sicredit, java.time.Clock clock, Metrics metrics) {
        this.sicredit = sicredit;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Answers whether this instance logged the day's warnings (false: another did, or none were due). */
    boolean run() {
        LocalDate today = ShanghaiTime.today(clock);
        Seq<OpenObjection> overdue = sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(
                Caller.bureau("overdue-check"), today, true)).getOrElseThrow(rejection ->
                new IllegalStateException(rejection.code()));
        metrics.overdueObjections(overdue.size());
        String key = "overdue-check:" + today;
        byte[] fingerprint = key.getBytes(StandardCharsets.US_ASCII);
        boolean first = sicredit.answerOnce().begin(new AnswerOnceUseCase.Begin(CHECK, key, fingerprint))
                .map(begun -> begun instanceof AnswerOnceUseCase.FirstTime).getOrElse(false);
        if (!first) {
            return false;
        }
        overdue.forEach(OverdueCheck::warn);
        LOG.info("overdue check {}: {} open objection(s) past a deadline", today, overdue.size());
        sicredit.answerOnce().answered(CHECK, key, new Answer(200, "text/plain",
                String.valueOf(overdue.size()).getBytes(StandardCharsets.US_ASCII), io.vavr.control.Option.none()));
        return true;
    }

    private static void warn(OpenObjection objection) {
        objection.deadlines().filter(deadline -> deadline.isOverdue()).forEach(deadline -> LOG.warn(
                "objection {} (record {}, provider {}): {} was due {}, {} working day(s) late", objection.id(),
                objection.recordId(), objection.providerCode(), deadline.step(), deadline.due(),
                deadline.workingDaysLate()));
    }
}
