package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.subject.SubjectDraft;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A synthetic data set made by running the real use cases along a clock that moves month by month from 2019-01 to
 * 2023-07 (inside the Measure's period): organisations with valid Shanghai credit codes and individuals with valid
 * resident ID numbers, records collected by two providers each month and reported to the Platform (the exchange
 * directory) at the month's end, objections decided and one left open, repairs proven. Deterministic for a seed.
 */
final class DemoData {

    static final YearMonth FIRST = YearMonth.of(2019, 1);
    static final YearMonth LAST = YearMonth.of(2023, 7);

    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] PLACES = {"浦江", "申城", "黄浦", "静安", "徐汇", "长宁", "闵行", "嘉定", "宝山", "松江"};
    private static final String[] TRADES = {"商贸", "建设工程", "物流", "餐饮管理", "信息科技", "物业服务", "服饰", "印务"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "艳"};
    private static final Caller BUREAU = Caller.bureau("demo-bureau");
    private static final Caller CENTRE = Caller.centre("demo-centre");

    /** What was made. */
    record Summary(int records, int months, int objections, int repairs, int refused) {
    }

    private final Sicredit sicredit;
    private final MovingClock clock;
    private final Random random;
    private final List<RecordId> reported = new ArrayList<>();
    private int refused;

    private DemoData(Sicredit sicredit, MovingClock clock, long seed) {
        this.sicredit = sicredit;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** Builds the data set in the database of {@code settings}; {@code out} hears the progress. */
    static Summary load(AppSettings settings, int subjects, long seed, PrintStream out) {
        MovingClock clock = new MovingClock(FIRST.atDay(1));
        try (Composition composition = Composition.open(settings, clock)) {
            return new DemoData(composition.sicredit(), clock, seed).run(subjects, out);
        }
    }

    private Summary run(int subjects, PrintStream out) {
        TreeMap<YearMonth, List<Integer>> plan = new TreeMap<>();
        int months = (int) FIRST.until(LAST, java.time.temporal.ChronoUnit.MONTHS) + 1;
        for (int subject = 0; subject < subjects; subject++) {
            for (int k = 0; k <= random.nextInt(3); k++) {
                plan.computeIfAbsent(FIRST.plusMonths(random.nextInt(months)), month -> new ArrayList<>()).add(subject);
            }
        }
        int records = 0;
        int objections = 0;
        int repairs = 0;
        int n = 0;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            List<Integer> due = plan.getOrDefault(month, List.of());
            records += collect(month, "SHSI", due.subList(0, due.size() / 2), n);
            records += collect(month, "SHLS", due.subList(due.size() / 2, due.size()), n + due.size() / 2);
            n += due.size();
            clock.set(month.atDay(25));
            ok(sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, month)));
            ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("demo-relay"))));
            if (month.getMonthValue() % 6 == 0 && reported.size() > 2) {
                objections += objection(month, true);
                repairs += repair(month);
            }
            if (month.getMonthValue() == 1) {
                out.printf("  %s: %d records%n", month, records);
            }
        }
        objections += objection(LAST, false);
        return new Summary(records, months, objections, repairs, refused);
    }

    private int collect(YearMonth month, String provider, List<Integer> subjects, int first) {
        if (subjects.isEmpty()) {
            return 0;
        }
        clock.set(month.atDay(10));
        List<CollectSubmissionUseCase.Row> rows = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            rows.add(new CollectSubmissionUseCase.Row(i + 1, draft(subjects.get(i), month, provider, first + i)));
        }
        Either<Rejection, CollectSubmissionUseCase.Result> collected = sicredit.collectSubmission().collect(
                new CollectSubmissionUseCase.Command(Caller.provider("demo-" + provider, provider), provider, month,
                        rows));
        if (collected.isLeft()) {
            refused++;
            return 0;
        }
        refused += collected.get().rejected().size();
        reported.addAll(collected.get().added().asJava());
        return collected.get().added().size();
    }

    private RecordDraft draft(int subject, YearMonth month, String provider, int number) {
        LocalDate actDate = month.minusMonths(1).atDay(1 + random.nextInt(month.minusMonths(1).lengthOfMonth()));
        boolean person = subject % 4 == 3;
        LocalDate ended = random.nextInt(3) == 0 ? actDate.plusDays(10 + random.nextInt(15)) : null;
        if (ended != null && !ended.isBefore(month.atDay(10))) {
            ended = null;
        }
        if (person) {
            return new RecordDraft(SubjectDraft.individual(SURNAMES[subject % 10] + GIVEN[subject / 10 % 10]
                            + GIVEN[subject / 100 % 10], residentId(subject)), 4, "以伪造证明材料骗取社会保险待遇",
                    actDate, ended, "沪人社监罚〔" + month.getYear() + "〕第" + provider + number + "号", null,
                    false, false, false, false, Scheme.SOCIAL_INSURANCE);
        }
        BigDecimal amount = BigDecimal.valueOf(2_000 + random.nextInt(198_000)).setScale(2);
        return new RecordDraft(SubjectDraft.organisation("上海" + PLACES[subject % 10] + TRADES[subject / 10 % 8]
                        + "有限公司" + (subject >= 80 ? "第" + subject / 80 + "分公司" : ""), creditCode(subject),
                SURNAMES[subject / 3 % 10] + GIVEN[subject % 10], residentId(100_000 + subject)), 1,
                "未按时足额缴纳社会保险费，被依法作出行政处罚决定", actDate, ended,
                "沪人社监罚〔" + month.getYear() + "〕第" + provider + number + "号", amount, random.nextInt(5) == 0,
                false, false, false, Scheme.SOCIAL_INSURANCE);
    }

    /** An objection to a reported record: decided within the deadline, or (at the end) left open. */
    private int objection(YearMonth month, boolean decided) {
        RecordId record = reported.remove(random.nextInt(reported.size()));
        clock.set(month.atDay(26));
        Either<Rejection, ObjectionId> received = sicredit.receiveObjection().receive(new ReceiveObjectionUseCase
                .Command(CENTRE, record, "本单位已于处罚前补缴，请求核实")).map(view -> view.id());
        if (received.isLeft()) {
            refused++;
            return 0;
        }
        if (!decided) {
            return 1;
        }
        ObjectionId id = received.get();
        clock.set(month.atDay(27));
        ok(sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)));
        ok(sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)));
        ok(sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id)));
        String provider = sicredit.listOpenObjections().list(new org.sicredit.application.port.in
                .ListOpenObjectionsUseCase.Query(BUREAU, month.atDay(27))).map(open -> open.find(o -> o.id()
                .equals(id)).map(o -> o.providerCode()).getOrElse("SHSI")).getOrElse("SHSI");
        ok(sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(Caller.provider("demo-" + provider,
                provider), id, "经核查，处罚决定属实")));
        ok(sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id, Decision.UPHOLD,
                "经核查信息无误，维持", null)));
        ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("demo-relay"))));
        return 1;
    }

    /** A repair proven by the owning provider. */
    private int repair(YearMonth month) {
        RecordId record = reported.remove(random.nextInt(reported.size()));
        clock.set(month.atEndOfMonth());
        var applied = sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(CENTRE, record,
                RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴欠费及滞纳金", List.of("补缴凭证")));
        if (applied.isLeft()) {
            refused++;
            return 0;
        }
        String provider = applied.get().providerCode();
        Caller owner = Caller.provider("demo-" + provider, provider);
        ok(sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(owner, applied.get().id(), "已核实补缴")));
        ok(sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(owner, applied.get().id(),
                "沪社保修复〔" + month.getYear() + "〕" + applied.get().id().value().substring(4, 10) + "号")));
        ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("demo-relay"))));
        return 1;
    }

    private void ok(Either<Rejection, ?> step) {
        if (step.isLeft()) {
            refused++;
        }
    }

    static String creditCode(int n) {
        String body = String.format("91310000MA%07d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body + USCC.charAt((31 - sum % 31) % 31);
    }

    static String residentId(int n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 10_000);
        String body = "310101" + born.toString().replace("-", "") + String.format("%03d", n / 10_000 % 1_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
