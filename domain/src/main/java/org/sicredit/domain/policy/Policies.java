package org.sicredit.domain.policy;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** The built-in law: the Shanghai Social Credit Regulations and 沪人社规〔2018〕30号, and factories for what follows it. */
public final class Policies {

    private static final Set<SubjectKind> ORGANISATIONS = HashSet.of(SubjectKind.ORGANISATION);
    private static final Set<SubjectKind> EVERYONE = HashSet.of(SubjectKind.ORGANISATION, SubjectKind.INDIVIDUAL);

    /**
     * The "relatively large amount" (数额较大) of 第六条第（二）项. The Measure gives no figure; CNY 10,000 is the line
     * Shanghai's courts applied and MOHRSS's 2019 serious-list rule used. See {@link FundFraudRule}.
     */
    public static final BigDecimal DEFAULT_LARGE_AMOUNT = new BigDecimal("10000.00");

    /**
     * 上海市社会信用条例, in force since 2017-10-01 with no end date: five years' query period from the day the act
     * ended (第三十五条) and the working-day deadlines of 第三十六至三十八条.
     */
    public static final Regulations SHANGHAI_SOCIAL_CREDIT_REGULATIONS = new Regulations(
            "shanghai-social-credit-regulations-2017", "上海市社会信用条例", Citations.SCR,
            LocalDate.of(2017, 10, 1), Option.none(), Period.ofYears(5), new Deadlines(1, 2, 0, 5, 3, 3));

    /** 沪人社规〔2018〕30号《上海市社会保险失信信息管理办法》, in force 2018-08-01 … 2023-07-31 (第十二条). */
    public static final Measure HU_RENSHE_GUI_2018_30 = huRensheGui2018No30(DEFAULT_LARGE_AMOUNT);

    private Policies() {
    }

    /** The Regulations with the 2018 Measure alone: what the text at hand supports. */
    public static PolicyBook defaultBook() {
        return PolicyBook.of(HU_RENSHE_GUI_2018_30);
    }

    /** The 2018 Measure with another "large amount", for deployments whose courts read it differently. */
    public static Measure huRensheGui2018No30(BigDecimal largeAmount) {
        return rulesOf2018("hu-renshe-gui-2018-30", "上海市社会保险失信信息管理办法", Citations.MEASURES,
                LocalDate.of(2018, 8, 1), LocalDate.of(2023, 7, 31), largeAmount);
    }

    /**
     * The rules of 沪人社规〔2018〕30号 continued under another document number and period — Shanghai often re-issues
     * a measure unchanged under a new number. Every category, rule and sanction cites the new document; the article
     * numbers are kept, as a re-issue keeps them. A deployment that holds the text of a successor with other rules
     * (沪人社规〔2023〕26号, whose text is not at hand) builds a {@link Measure} of its own instead.
     */
    public static Measure continuationOf2018Rules(String id, String title, String citation, LocalDate from,
                                                  LocalDate until, BigDecimal largeAmount) {
        return rulesOf2018(id, title, citation, from, until, largeAmount);
    }

    private static Measure rulesOf2018(String id, String title, String citation, LocalDate from, LocalDate until,
                                       BigDecimal largeAmount) {
        Objects.requireNonNull(citation, "citation");
        return new Measure(id, title, citation, from, until,
                categories(citation),
                List.of(new PublicNoticeRule(HashSet.of(1, 2, 3), cite(citation, SeriousGround.PUBLIC_NOTICE)),
                        new FundFraudRule(4, largeAmount, HashSet.of(1, 2, 3, 4, 5),
                                cite(citation, SeriousGround.FUND_FRAUD)),
                        new ObstructionRule(6, HashSet.of(4, 5, 6), cite(citation, SeriousGround.OBSTRUCTION))),
                measures(citation),
                ProviderDuties.open(true),
                true);
    }

    private static String cite(String citation, SeriousGround ground) {
        return Citations.article(citation, ground.article());
    }

    private static List<Category> categories(String citation) {
        return List.of(
                new Category(1, "单位未按时足额缴纳社会保险费，被依法作出行政处罚决定",
                        "Premiums unpaid; administrative penalty decision made",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.article(citation, "第五条第（一）项")),
                new Category(2, "单位未按时足额缴纳社会保险费，被依法责令限期缴纳，到期仍未缴纳或者补足",
                        "Premiums unpaid; ordered to pay within a time limit and still unpaid at the deadline",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.article(citation, "第五条第（二）项")),
                new Category(3, "单位未按时足额缴纳社会保险费，被依法作出强制划拨决定",
                        "Premiums unpaid; compulsory transfer decision made",
                        ORGANISATIONS, AmountKind.ARREARS, true, Citations.article(citation, "第五条第（三）项")),
                new Category(4, "申请办理社会保险业务时伪造证明材料、隐瞒真实情况或使用其他欺诈手段被查实",
                        "Forged proof, concealed facts or other fraud in social-insurance business, as verified",
                        EVERYONE, AmountKind.DEFRAUDED_SUM, false, Citations.article(citation, "第五条第（四）项")),
                new Category(5, "多领取社会保险待遇，经告知应予退还后仍拒不退还",
                        "Excess benefits received and still not returned after notice",
                        EVERYONE, AmountKind.OVERPAID_BENEFITS, true, Citations.article(citation, "第五条第（五）项")),
                new Category(6, "接受劳动保障监察、专项审计、稽核等监督检查时拒不配合，经告知后仍未改正",
                        "Refused to cooperate with supervision, audits or inspections and did not correct after notice",
                        EVERYONE, AmountKind.NONE, false, Citations.article(citation, "第五条第（六）项")));
    }

    private static List<SanctionMeasure> measures(String citation) {
        Set<Facilitation> none = HashSet.empty();
        return List.of(
                new SanctionMeasure("KEY_REVIEW", "列为人力资源社会保障各项业务的重点审核对象，加强资格、材料方面的审核",
                        "Key review in all HRSS business: stricter qualification and document review",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.article(citation, "第八条第（一）项")),
                new SanctionMeasure("KEY_INSPECTION", "列为日常检查的重点对象，增加检查频次，加强现场核查",
                        "Key target of routine inspection: more frequent checks, on-site verification",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.article(citation, "第八条第（二）项")),
                new SanctionMeasure("KEY_AUDIT_TARGET", "列为审计、稽核等专项工作中的重点对象",
                        "Key target in audits, inspections and other special work",
                        MeasureScope.ANY_ACTIVE_RECORD, none, Citations.article(citation, "第八条第（三）项")),
                new SanctionMeasure("RESTRICTED_FACILITATION", "限制享受告知承诺、网上办事、绿色通道等便利措施",
                        "No notification-and-commitment, online handling, green channel or similar conveniences",
                        MeasureScope.ANY_ACTIVE_RECORD, HashSet.of(Facilitation.values()),
                        Citations.article(citation, "第八条第（四）项")),
                new SanctionMeasure("JOINT_PUNISHMENT", "跨部门联合惩戒",
                        "Cross-department joint punishment",
                        MeasureScope.SERIOUS_ACTIVE_RECORD, none, Citations.article(citation, "第八条第二款")));
    }
}
