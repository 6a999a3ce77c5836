package org.sicredit.domain.policy;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * Who may file what under a Measure: whether medical-insurance records follow it at all (第十一条 "可以参照": a
 * switch, since the text permits and does not require), and, per scheme and category, which kinds of provider may
 * file it (第四条 "按照各自职责"). A (scheme, category) pair not named is open to every provider kind.
 *
 * <p>The built-in 2018 Measure names no allocation: its text says providers collect "within their own duties" and
 * never lists which duty covers which category, so sicredit does not invent one. A deployment that knows its
 * allocation names it with {@link #restrict}.
 */
public record ProviderDuties(boolean medicalInsuranceFollows, Map<Scheme, Map<Integer, Set<ProviderKind>>> allowed) {

    public static final String SCHEME_NOT_COVERED = "SCHEME_NOT_COVERED";
    public static final String CATEGORY_OUTSIDE_PROVIDER_DUTIES = "CATEGORY_OUTSIDE_PROVIDER_DUTIES";

    public ProviderDuties {
        Objects.requireNonNull(allowed, "allowed");
    }

    /** Every provider kind may file every category; medical insurance follows the Measure or not. */
    public static ProviderDuties open(boolean medicalInsuranceFollows) {
        return new ProviderDuties(medicalInsuranceFollows, HashMap.empty());
    }

    /** These duties, with {@code category} of {@code scheme} filed only by {@code kinds}. */
    public ProviderDuties restrict(Scheme scheme, int category, Set<ProviderKind> kinds) {
        return new ProviderDuties(medicalInsuranceFollows, allowed.put(scheme,
                allowed.get(scheme).getOrElse(HashMap.empty()).put(category, kinds)));
    }

    /** Whether a provider of {@code kind} may file a record of {@code category} under {@code scheme}. */
    public Either<Rejection, Scheme> check(Scheme scheme, int category, ProviderKind kind, String citation) {
        if (scheme == Scheme.MEDICAL_INSURANCE && !medicalInsuranceFollows) {
            return Either.left(Rejection.of(SCHEME_NOT_COVERED, "scheme", scheme.name(),
                            "医疗保险失信信息不参照" + citation + "管理", "Medical-insurance records do not follow "
                                    + citation)
                    .withLegalBasis(Citations.article(citation, "第十一条")));
        }
        Option<Set<ProviderKind>> kinds = allowed.get(scheme).flatMap(byCategory -> byCategory.get(category));
        if (kinds.exists(named -> !named.contains(kind))) {
            return Either.left(Rejection.of(CATEGORY_OUTSIDE_PROVIDER_DUTIES, "category", String.valueOf(category),
                            kind.nameZh() + "的职责不包括采集第" + category + "类失信信息",
                            "Category " + category + " is outside the duties of a " + kind.nameEn())
                    .withLegalBasis(Citations.article(citation, "第四条")));
        }
        return Either.right(scheme);
    }
}
