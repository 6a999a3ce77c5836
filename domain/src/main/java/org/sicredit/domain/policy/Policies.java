package org.sicredit.domain.policy;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** The built-in policies. */
public final class Policies {

    private static final Set<SubjectKind> ORGANISATIONS = HashSet.of(SubjectKind.ORGANISATION);
    private static final Set<SubjectKind> EVERYONE = HashSet.of(SubjectKind.ORGANISATION, SubjectKind.INDIVIDUAL);

    /** The "relatively large amount" of 第六条第（二）项 used by Shanghai's courts and MOHRSS's 2019 rule. */
    public static final BigDecimal DEFAULT_LARGE_AMOUNT = new BigDecimal("10000.00");

    /** 沪人社规〔2018〕30号《上海市社会保险失信信息管理办法》, in force 2018-08-01 … 2023-07-31 (第十二条). */
    public static final Policy HU_RENSHE_GUI_2018_30 = huRensheGui2018No30(DEFAULT_LARGE_AMOUNT);

    private Policies() {
    }

    /** The book with the 2018 measure alone. */
    public static PolicyBook defaultBook() {
        return PolicyBook.of(HU_RENSHE_GUI_2018_30);
    }

    /** The 2018 measure with another "large amount", for deployments whose courts read it differently. */
    public static Policy huRensheGui2018No30(BigDecimal largeAmount) {
        return new Policy(
                "hu-renshe-gui-2018-30",
                "上海市社会保险失信信息管理办法",
                Citations.MEASURES,
                LocalDate.of(2018, 8, 1),
                LocalDate.of(2023, 7, 31),
                categories(),
                List.of(new PublicNoticeRule(HashSet.of(1, 2, 3)), new FundFraudRule(4, largeAmount),
                        new ObstructionRule(6)),
                measures(),
                Period.ofYears(5),
                new Deadlines(1, 2, 0, 5, 3, 3));
    }

    private static List<Category> categories() {
        return List.of(
                new Category(1, "单位未按时足额缴纳社会保险费，被依法作出行政处罚决定",
                        "Premiums unpaid; administrative penalty decision made",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.measures("第五条第（一）项")),
                new Category(2, "单位未按时足额缴纳社会保险费，被依法责令限期缴纳，到期仍未缴纳或者补足",
                        "Premiums unpaid; ordered to pay within a time limit and still unpaid at the deadline",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.measures("第五条第（二）项")),
                new Category(3, "单位未按时足额缴纳社会保险费，被依法作出强制划拨决定",
                        "Premiums unpaid; compulsory transfer decision made",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.measures("第五条第（三）项")),
                new Category(4, "申请办理社会保险业务时伪造证明材料、隐瞒真实情况或使用其他欺诈手段被查实",
                        "Forged proof, concealed facts or other fraud in social-insurance business, as verified",
                        EVERYONE, AmountKind.DEFRAUDED_SUM, false, Citations.measures("第五条第（四）项")),
                new Category(5, "多领取社会保险待遇，经告知应予退还后仍拒不退还",
                        "Excess benefits received and still not returned after notice",
                        EVERYONE, AmountKind.OVERPAID_BENEFITS, true, Citations.measures("第五条第（五）项")),
                new Category(6, "接受劳动保障监察、专项审计、稽核等监督检查时拒不配合，经告知后仍未改正",
                        "Refused to cooperate with supervision, audits or inspections and did not correct after notice",
                        EVERYONE, AmountKind.NONE, false, Citations.measures("第五条第（六）项")));
    }

    private static List<SanctionMeasure> measures() {
        Set<Facilitation> none = HashSet.empty();
        return List.of(
                new SanctionMeasure("KEY_REVIEW", "列为人力资源社会保障各项业务的重点审核对象，加强资格、材料方面的审核",
                        "Key review in all HRSS business: stricter qualification and document review",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.measures("第八条第（一）项")),
                new SanctionMeasure("KEY_INSPECTION", "列为日常检查的重点对象，增加检查频次，加强现场核查",
                        "Key target of routine inspection: more frequent checks, on-site verification",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.measures("第八条第（二）项")),
                new SanctionMeasure("KEY_AUDIT_TARGET", "列为审计、稽核等专项工作中的重点对象",
                        "Key target in audits, inspections and other special work",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.measures("第八条第（三）项")),
                new SanctionMeasure("RESTRICTED_FACILITATION", "限制享受告知承诺、网上办事、绿色通道等便利措施",
                        "No notification-and-commitment, online handling, green channel or similar conveniences",
                        MeasureScope.ANY_ACTIVE_RECORD, HashSet.of(Facilitation.values()),
                        Citations.measures("第八条第（四）项")),
                new SanctionMeasure("JOINT_PUNISHMENT", "跨部门联合惩戒",
                        "Cross-department joint punishment",
                        MeasureScope.SERIOUS_ACTIVE_RECORD, none, Citations.measures("第八条第二款")));
    }
}
