package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.view.RepairView;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A synthetic data set made by running the real use cases along a clock that moves month by month from 2019-01 to
 * 2023-07 (inside the Measure's period), so every record has a true history. Subjects in all 16 districts:
 * organisations with valid Shanghai credit codes (their district's registration authority) and individuals with
 * valid resident ID numbers (born there). Every kind of provider submits each month what its work finds — the
 * social-insurance centre arrears and excess benefits, the supervision corps penalties and obstruction, the
 * employment centres fraud, the district pension agencies excess benefits — in every category of 第五条, serious and
 * not; the Bureau reports each month to the Platform (the exchange directory). Along the way: acts that end later
 * (later facts), revocations, objections upheld, corrected and deleted, two left open (now overdue), and repairs
 * proven, refused, verified and just applied for. Deterministic for a seed.
 */
final class DemoData {

    static final YearMonth FIRST = YearMonth.of(2019, 1);
    static final YearMonth LAST = YearMonth.of(2023, 7);

    static final String[][] DISTRICTS = {{"310101", "黄浦"}, {"310104", "徐汇"}, {"310105", "长宁"}, {"310106", "静安"},
            {"310107", "普陀"}, {"310109", "虹口"}, {"310110", "杨浦"}, {"310112", "闵行"}, {"310113", "宝山"},
            {"310114", "嘉定"}, {"310115", "浦东"}, {"310116", "金山"}, {"310117", "松江"}, {"310118", "青浦"},
            {"310120", "奉贤"}, {"310151", "崇明"}};

    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] TRADES = {"商贸", "建设工程", "物流", "餐饮管理", "信息科技", "物业服务", "服饰", "印务"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "艳"};
    private static final String[] CAUSES = {"",
        "未按时足额缴纳社会保险费，被依法作出行政处罚决定", "未按时足额缴纳社会保险费，被责令限期缴纳，逾期仍未缴纳",
        "未按时足额缴纳社会保险费，被依法作出强制划拨决定", "以伪造证明材料骗取社会保险待遇",
        "多领取社会保险待遇，经告知应予退还后仍拒不退还", "拒不配合劳动保障监察，经告知后仍未改正"};
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoData.class);
    private static final Caller BUREAU = Caller.bureau("demo-bureau");
    private static final Caller CENTRE = Caller.centre("demo-centre");
    private static final Caller RELAY = Caller.system("demo-relay");

    /** What was made. */
    record Summary(int records, int months, int objections, int repairs, int refused) {
    }

    /** A record the demo stored, with what it needs to take it further. */
    private record Stored(RecordId id, String provider, RecordDraft draft) {
    }

    private final Sicredit sicredit;
    private final MovingClock clock;
    private final Random random;
    private final List<Stored> reported = new ArrayList<>();
    private final List<Stored> collected = new ArrayList<>();
    private final Map<String, Integer> documents = new LinkedHashMap<>();
    private int refused;
    private int objections;
    private int repairs;

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
        int months = (int) FIRST.until(LAST, ChronoUnit.MONTHS) + 1;
        for (int subject = 0; subject < subjects; subject++) {
            for (int k = 0; k <= random.nextInt(3); k++) {
                plan.computeIfAbsent(FIRST.plusMonths(random.nextInt(months)), month -> new ArrayList<>()).add(subject);
            }
        }
        int records = 0;
        int step = 0;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1), step++) {
            records += collect(month, plan.getOrDefault(month, List.of()));
            clock.set(month.atDay(25));
            ok(sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, month)));
            ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(RELAY)));
            reported.addAll(collected);
            collected.clear();
            if (reported.size() > 4) {
                laterFacts(month);
                if (step % 3 == 2) {
                    objection(month, Decision.values()[step / 3 % Decision.values().length]);
                    repair(month, step / 3 % 4);
                }
                if (step % 5 == 4) {
                    revoke(month);
                }
            }
            if (month.getMonthValue() == 1) {
                out.printf("  %s: %d records%n", month, records);
            }
        }
        openObjection(LAST, false);
        openObjection(LAST, true);
        ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(RELAY)));
        return new Summary(records, months, objections, repairs, refused);
    }

    /** The month's rows, each sent by the provider whose work finds such an act, one submission per provider. */
    private int collect(YearMonth month, List<Integer> subjects) {
        clock.set(month.atDay(10));
        Map<String, List<CollectSubmissionUseCase.Row>> byProvider = new TreeMap<>();
        for (int subject : subjects) {
            int category = category(subject);
            String provider = provider(subject, category);
            List<CollectSubmissionUseCase.Row> rows = byProvider.computeIfAbsent(provider, p -> new ArrayList<>());
            rows.add(new CollectSubmissionUseCase.Row(rows.size() + 2, draft(subject, category, month, provider)));
        }
        int added = 0;
        for (Map.Entry<String, List<CollectSubmissionUseCase.Row>> submission : byProvider.entrySet()) {
            String provider = submission.getKey();
            Either<Rejection, CollectSubmissionUseCase.Result> result = sicredit.collectSubmission().collect(
                    new CollectSubmissionUseCase.Command(Caller.provider("demo-" + provider, provider), provider,
                            month, submission.getValue()));
            if (result.isLeft()) {
                ok(result);
                continue;
            }
            result.get().rejected().forEach(row -> ok(Either.left(row.rejections().head())));
            var ids = result.get().added();
            for (int i = 0; i < ids.size() && result.get().rejected().isEmpty(); i++) {
                collected.add(new Stored(ids.get(i), provider, submission.getValue().get(i).draft()));
            }
            added += ids.size();
        }
        return added;
    }

    private static boolean isPerson(int subject) {
        return subject % 3 == 2;
    }

    private static String[] district(int subject) {
        return DISTRICTS[subject % DISTRICTS.length];
    }

    private int category(int subject) {
        int[] choices = isPerson(subject) ? new int[] {4, 4, 5, 5, 6} : new int[] {1, 1, 1, 2, 3, 4, 5, 6};
        return choices[random.nextInt(choices.length)];
    }

    private String provider(int subject, int category) {
        String district = district(subject)[0];
        return switch (category) {
            case 1 -> random.nextInt(3) == 0 ? "SHLS" : "SHSI";
            case 2, 3 -> "SHSI";
            case 4 -> isPerson(subject) ? "EP-" + district : "SHEP";
            case 5 -> isPerson(subject) ? "RP-" + district : "SHSI";
            default -> "SHLS";
        };
    }

    private RecordDraft draft(int subject, int category, YearMonth month, String provider) {
        YearMonth before = month.minusMonths(1);
        LocalDate actDate = before.atDay(1 + random.nextInt(before.lengthOfMonth()));
        LocalDate ended = random.nextInt(3) == 0 ? actDate.plusDays(3 + random.nextInt(5)) : null;
        if (ended != null && !ended.isBefore(month.atDay(10))) {
            ended = null;
        }
        BigDecimal amount = switch (category) {
            case 1, 2, 3 -> yuan(2_000, 200_000);
            case 4 -> random.nextInt(3) == 0 ? null : yuan(1_000, 120_000);
            case 5 -> yuan(500, 30_000);
            default -> null;
        };
        Scheme scheme = category >= 4 && random.nextInt(6) == 0 ? Scheme.MEDICAL_INSURANCE : Scheme.SOCIAL_INSURANCE;
        return new RecordDraft(subject(subject), category, CAUSES[category], actDate, ended,
                documentNumber(provider, month), amount, category <= 3 && random.nextInt(5) == 0,
                category == 6 && random.nextInt(3) == 0, category <= 5 && random.nextInt(12) == 0, false, scheme);
    }

    private SubjectDraft subject(int subject) {
        if (isPerson(subject)) {
            return SubjectDraft.individual(SURNAMES[subject % 10] + GIVEN[subject / 10 % 10] + GIVEN[subject / 100 % 10],
                    residentId(subject));
        }
        String[] district = district(subject);
        return SubjectDraft.organisation("上海" + district[1] + TRADES[subject / 16 % 8] + "有限公司"
                        + (subject >= 128 ? "第" + subject / 128 + "分公司" : ""), creditCode(subject),
                SURNAMES[subject / 3 % 10] + GIVEN[subject % 10], residentId(100_000 + subject));
    }

    private String documentNumber(String provider, YearMonth month) {
        int n = documents.merge(provider + month.getYear(), 1, Integer::sum);
        String office = switch (provider.substring(0, 2)) {
            case "SH" -> provider.equals("SHLS") ? "沪人社监罚" : provider.equals("SHEP") ? "沪就业追" : "沪社保追";
            case "EP" -> "沪" + districtName(provider) + "就业追";
            default -> "沪" + districtName(provider) + "居保追";
        };
        return office + "〔" + month.getYear() + "〕第" + String.format("%04d", n) + "号";
    }

    private static String districtName(String provider) {
        String code = provider.substring(3);
        for (String[] district : DISTRICTS) {
            if (district[0].equals(code)) {
                return district[1];
            }
        }
        return code;
    }

    private BigDecimal yuan(int least, int most) {
        return BigDecimal.valueOf(least + random.nextInt(most - least)).setScale(2);
    }

    /** An act found to have ended after it was reported: its provider records the day (the query period starts). */
    private void laterFacts(YearMonth month) {
        Stored record = pick(stored -> stored.draft().actEndedOn() == null);
        if (record == null) {
            return;
        }
        clock.set(month.atDay(20));
        LocalDate ended = month.atDay(1 + random.nextInt(15));
        ok(sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(Caller.provider("demo-" + record.provider(),
                record.provider()), record.id(), ended, false, "补缴凭证 " + ended)));
    }

    private void revoke(YearMonth month) {
        Stored record = pick(stored -> true);
        clock.set(month.atDay(21));
        ok(sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(BUREAU, record.id(),
                "原行政处理决定经行政复议被依法撤销")));
    }

    /** An objection taken through every step to {@code decision}, within its deadlines. */
    private void objection(YearMonth month, Decision decision) {
        Stored record = pick(stored -> true);
        clock.set(month.atDay(26));
        Either<Rejection, ObjectionId> received = receive(record);
        if (received.isLeft()) {
            return;
        }
        ObjectionId id = received.get();
        clock.set(month.atDay(27));
        ok(sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)));
        ok(sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)));
        ok(sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id)));
        ok(sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(owner(record), id,
                decision == Decision.UPHOLD ? "经核查，处理决定属实" : "经核查，原报送信息有误")));
        RecordDraft correction = decision == Decision.CORRECT ? corrected(record.draft()) : null;
        ok(sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id, decision,
                switch (decision) {
                    case UPHOLD -> "经核查信息无误，维持";
                    case CORRECT -> "经核查金额有误，予以更正";
                    default -> "经核查不属于失信行为，予以删除";
                }, correction)));
        ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(RELAY)));
    }

    /** An objection left open at the end: just received, or taken as far as the Bureau. */
    private void openObjection(YearMonth month, boolean forwarded) {
        Stored record = pick(stored -> true);
        clock.set(month.atDay(26));
        Either<Rejection, ObjectionId> received = receive(record);
        if (forwarded && received.isRight()) {
            clock.set(month.atDay(27));
            ok(sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, received.get())));
            ok(sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, received.get())));
        }
    }

    private Either<Rejection, ObjectionId> receive(Stored record) {
        Either<Rejection, ObjectionId> received = sicredit.receiveObjection().receive(new ReceiveObjectionUseCase
                .Command(CENTRE, record.id(), "本单位已于处理决定作出前补缴，请求核实")).map(view -> view.id());
        if (received.isLeft()) {
            ok(received);
        } else {
            objections++;
        }
        return received;
    }

    private static RecordDraft corrected(RecordDraft draft) {
        BigDecimal amount = draft.amount() == null ? null : draft.amount().subtract(BigDecimal.valueOf(100));
        return new RecordDraft(draft.subject(), draft.categoryItem(), draft.cause() + "（更正）", draft.actDate(),
                draft.actEndedOn(), draft.documentNumber(), amount, draft.publicNoticeIssued(),
                draft.obstructionSerious(), draft.fundSecurityHarm(), draft.administrationHarm(), draft.scheme());
    }

    /** A repair taken to one of its states: 0 proven, 1 refused, 2 verified, 3 just applied for. */
    private void repair(YearMonth month, int state) {
        Stored record = pick(stored -> true);
        clock.set(month.atEndOfMonth());
        Either<Rejection, RepairView> applied = sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(
                CENTRE, record.id(), RepairGround.values()[state % RepairGround.values().length],
                "已全额补缴欠费及滞纳金", List.of("补缴凭证")));
        if (applied.isLeft()) {
            ok(applied);
            return;
        }
        repairs++;
        Caller owner = owner(record);
        var id = applied.get().id();
        if (state == 1) {
            ok(sicredit.refuseRepair().refuse(new RefuseRepairUseCase.Command(owner, id, "证据不足以证明已履行义务")));
        } else if (state == 0 || state == 2) {
            ok(sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(owner, id, "已核实补缴")));
            if (state == 0) {
                ok(sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(owner, id,
                        "沪社保修复〔" + month.getYear() + "〕" + id.value().substring(4, 10) + "号")));
            }
        }
        ok(sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(RELAY)));
    }

    private static Caller owner(Stored record) {
        return Caller.provider("demo-" + record.provider(), record.provider());
    }

    /** A reported record that {@code which} accepts (null if none), taken off the list: nothing else happens to it. */
    private Stored pick(java.util.function.Predicate<Stored> which) {
        List<Stored> candidates = reported.stream().filter(which).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Stored picked = candidates.get(random.nextInt(candidates.size()));
        reported.remove(picked);
        return picked;
    }

    private void ok(Either<Rejection, ?> step) {
        if (step.isLeft()) {
            refused++;
            LOG.warn("demo step refused: {}", step.getLeft());
        }
    }

    /** The {@code n}th subject's credit code, registered in its district (GB 32100-2015). */
    static String creditCode(int n) {
        String body = "91" + district(n)[0] + String.format("MA%07d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body + USCC.charAt((31 - sum % 31) % 31);
    }

    /** The {@code n}th person's resident ID number, born in the district of subject {@code n} (GB 11643-1999). */
    static String residentId(int n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 10_000);
        String body = district(n)[0] + born.toString().replace("-", "") + String.format("%03d", n / 10_000 % 1_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
