package org.sicredit.domain.record;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.policy.ProviderKind;
import org.sicredit.domain.rejection.Rejection;

/**
 * The providers of 沪人社规〔2018〕30号 第四条 in Shanghai: three municipal bodies, and in each of the 16 districts
 * an employment promotion centre and a resident pension agency. Codes: {@code SHSI}, {@code SHEP}, {@code SHLS},
 * {@code EP-} and {@code RP-} followed by the district's GB/T 2260 code.
 */
public final class Providers {

    public static final String PROVIDER_UNKNOWN = "PROVIDER_UNKNOWN";

    public static final Provider SOCIAL_INSURANCE_CENTRE = new Provider("SHSI", ProviderKind.SOCIAL_INSURANCE_CENTRE,
            "上海市社会保险事业管理中心", "Shanghai Social Insurance Administration Centre");
    public static final Provider EMPLOYMENT_PROMOTION_CENTRE = new Provider("SHEP",
            ProviderKind.EMPLOYMENT_PROMOTION_CENTRE, "上海市就业促进中心", "Shanghai Employment Promotion Centre");
    public static final Provider LABOUR_SECURITY_SUPERVISION_CORPS = new Provider("SHLS",
            ProviderKind.LABOUR_SECURITY_SUPERVISION_CORPS, "上海市劳动保障监察总队",
            "Shanghai Labour Security Supervision Corps");

    private static final List<String[]> DISTRICTS = List.of(
            new String[] {"310101", "黄浦区", "Huangpu"}, new String[] {"310104", "徐汇区", "Xuhui"},
            new String[] {"310105", "长宁区", "Changning"}, new String[] {"310106", "静安区", "Jing'an"},
            new String[] {"310107", "普陀区", "Putuo"}, new String[] {"310109", "虹口区", "Hongkou"},
            new String[] {"310110", "杨浦区", "Yangpu"}, new String[] {"310112", "闵行区", "Minhang"},
            new String[] {"310113", "宝山区", "Baoshan"}, new String[] {"310114", "嘉定区", "Jiading"},
            new String[] {"310115", "浦东新区", "Pudong New Area"}, new String[] {"310116", "金山区", "Jinshan"},
            new String[] {"310117", "松江区", "Songjiang"}, new String[] {"310118", "青浦区", "Qingpu"},
            new String[] {"310120", "奉贤区", "Fengxian"}, new String[] {"310151", "崇明区", "Chongming"});

    private static final Seq<Provider> ALL = List.of(SOCIAL_INSURANCE_CENTRE, EMPLOYMENT_PROMOTION_CENTRE,
                    LABOUR_SECURITY_SUPERVISION_CORPS)
            .appendAll(DISTRICTS.map(d -> new Provider("EP-" + d[0], ProviderKind.DISTRICT_EMPLOYMENT_PROMOTION_CENTRE,
                    d[1] + "就业促进中心", d[2] + " Employment Promotion Centre")))
            .appendAll(DISTRICTS.map(d -> new Provider("RP-" + d[0], ProviderKind.RESIDENT_PENSION_AGENCY,
                    d[1] + "城乡居民养老保险经办机构", d[2] + " Urban-Rural Resident Pension Agency")));

    private Providers() {
    }

    public static Seq<Provider> all() {
        return ALL;
    }

    public static Either<Rejection, Provider> byCode(String code) {
        return ALL.find(provider -> provider.code().equals(code)).toEither(() -> Rejection.of(PROVIDER_UNKNOWN,
                        "provider", String.valueOf(code), "不是已知的失信信息提供单位", "Not a known provider")
                .withLegalBasis("沪人社规〔2018〕30号 第四条"));
    }
}
