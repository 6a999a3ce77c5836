package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * The two layers of law, each with its own period, and which version of each is in force on a date:
 * <ul>
 *   <li>the {@link Regulations} (上海市社会信用条例, since 2017-10-01, no end): the query period and the deadlines of
 *       第三十五至三十八条 — objections, revocations, repairs and expiry follow them whether or not a Measure is in
 *       force;</li>
 *   <li>a {@link Measure} (沪人社规〔2018〕30号 2018-08-01 … 2023-07-31, or a successor a deployment configures): the
 *       categories, severity, sanctions and provider duties.</li>
 * </ul>
 * Versions of one layer never overlap; a gap between two stays a gap. A record is governed by the Measure in force on
 * its act date and keeps that decision; sanctions "as of" a date follow the Measure in force that date, and none
 * apply on a date without one — with that reason, never a rejection of the lookup. Collecting a record whose act
 * date no Measure covers is {@code NO_POLICY_IN_FORCE}.
 */
public record PolicyBook(Seq<Regulations> regulations, Seq<Measure> measures) {

    public static final String NO_POLICY_IN_FORCE = "NO_POLICY_IN_FORCE";
    public static final String NO_REGULATIONS_IN_FORCE = "NO_REGULATIONS_IN_FORCE";

    public PolicyBook {
        Objects.requireNonNull(regulations, "regulations");
        Objects.requireNonNull(measures, "measures");
        regulations = regulations.sortBy(Regulations::effectiveFrom);
        measures = measures.sortBy(Measure::effectiveFrom);
        for (int i = 1; i < regulations.size(); i++) {
            Regulations earlier = regulations.get(i - 1);
            Regulations later = regulations.get(i);
            if (earlier.effectiveUntil().forAll(until -> !later.effectiveFrom().isAfter(until))) {
                throw new IllegalArgumentException("regulations overlap: " + earlier.id() + " and " + later.id());
            }
        }
        for (int i = 1; i < measures.size(); i++) {
            if (!measures.get(i).effectiveFrom().isAfter(measures.get(i - 1).effectiveUntil())) {
                throw new IllegalArgumentException("measures overlap: " + measures.get(i - 1).id() + " and "
                        + measures.get(i).id());
            }
        }
    }

    /** These Measures over the Shanghai Social Credit Regulations. */
    public static PolicyBook of(Measure... measures) {
        return new PolicyBook(List.of(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS), List.of(measures));
    }

    /** This book with one more Measure, which must not overlap those it holds. */
    public PolicyBook with(Measure measure) {
        return new PolicyBook(regulations, measures.append(measure));
    }

    /** This book with one more version of the Regulations, which must not overlap those it holds. */
    public PolicyBook with(Regulations version) {
        return new PolicyBook(regulations.append(version), measures);
    }

    /** The Measure in force on {@code date}, or {@code NO_POLICY_IN_FORCE} naming the Measures configured. */
    public Either<Rejection, Measure> measureOn(LocalDate date) {
        return measures.find(measure -> measure.governs(date)).toEither(() -> Rejection.of(NO_POLICY_IN_FORCE,
                "date", date.toString(),
                date + "没有生效的社会保险失信信息管理办法（已配置：" + configured(measures,
                        m -> m.citation() + " " + m.periodZh(), "；") + "），请配置适用的办法",
                "No Measure on social-insurance dishonesty records is in force on " + date + " (configured: "
                        + configured(measures, m -> m.citation() + " " + m.periodEn(), "; ")
                        + "); configure the one that applies"));
    }

    /** The Regulations in force on {@code date}, or {@code NO_REGULATIONS_IN_FORCE}. */
    public Either<Rejection, Regulations> regulationsOn(LocalDate date) {
        return regulations.find(version -> version.inForceOn(date)).toEither(() -> Rejection.of(
                NO_REGULATIONS_IN_FORCE, "date", date.toString(),
                date + "没有生效的社会信用条例（已配置：" + configured(regulations,
                        r -> r.citation() + " " + r.periodZh(), "；") + "）",
                "No social credit regulations are in force on " + date + " (configured: "
                        + configured(regulations, r -> r.citation() + " " + r.periodEn(), "; ") + ")"));
    }

    /**
     * An article of the Measure in force on {@code date} — or, on a date none covers, of the last Measure in force
     * before it (whose duties its providers still carry out), or of the first configured; for procedural rejections.
     */
    public String cite(LocalDate date, String article) {
        return measures.find(measure -> measure.governs(date))
                .orElse(() -> measures.filter(measure -> measure.effectiveUntil().isBefore(date)).lastOption())
                .orElse(() -> measures.headOption())
                .map(measure -> measure.article(article))
                .getOrElse(() -> Citations.measures(article));
    }

    private static <T> String configured(Seq<T> versions, Function<T, String> described, String separator) {
        return versions.isEmpty() ? "—" : versions.map(described).mkString(separator);
    }
}
