package org.sicredit.domain.policy;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The layer of law under every Measure: the Shanghai Social Credit Regulations (上海市社会信用条例, in force since
 * 2017-10-01, with no end date). Its duties towards a record go on whether or not a Measure is in force: the query
 * period (第三十五条), the objection deadlines (第三十六条), deletion after revocation (第三十七条) and removal after
 * repair (第三十八条).
 *
 * <p>A version of the Regulations is in force from {@code effectiveFrom}, inclusive, until {@code effectiveUntil},
 * inclusive, or without end; an amendment is a new version in the {@link PolicyBook}.
 *
 * @param queryPeriod how long a record may be provided, counted from the day its act ended (第三十五条)
 * @param deadlines   the working-day deadlines of 第三十六至三十八条
 */
public record Regulations(
        String id,
        String title,
        String citation,
        LocalDate effectiveFrom,
        Option<LocalDate> effectiveUntil,
        Period queryPeriod,
        Deadlines deadlines) {

    public Regulations {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(queryPeriod, "queryPeriod");
        Objects.requireNonNull(deadlines, "deadlines");
        if (effectiveUntil.exists(until -> until.isBefore(effectiveFrom))) {
            throw new IllegalArgumentException("regulations end after they start: " + id);
        }
        if (queryPeriod.isNegative() || queryPeriod.isZero()) {
            throw new IllegalArgumentException("a query period is longer than nothing: " + id);
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveUntil.forAll(until -> !date.isAfter(until));
    }

    /** The last day a record whose act ended on {@code actEnded} may be provided (第三十五条). */
    public LocalDate lastDayOfQueryPeriod(LocalDate actEnded) {
        return actEnded.plus(queryPeriod);
    }

    /** An article of these Regulations, cited as the Chinese original does: {@code 上海市社会信用条例 第三十五条}. */
    public String article(String article) {
        return Citations.article(citation, article);
    }

    /** The period in words, for messages: {@code 2017-10-01起} / {@code 2017-10-01 onwards}. */
    String periodZh() {
        return effectiveFrom + effectiveUntil.map(until -> "至" + until).getOrElse("起");
    }

    String periodEn() {
        return effectiveFrom + effectiveUntil.map(until -> " to " + until).getOrElse(" onwards");
    }
}
