package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One version of the rules, in force from {@code effectiveFrom} to {@code effectiveUntil} (both inclusive): its
 * categories, severity rules, sanction measures, query period and deadlines. A new version of the law is a new
 * {@code Policy} in the {@link PolicyBook}; nothing outside this package changes.
 */
public record Policy(
        String id,
        String title,
        String citation,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        Seq<Category> categories,
        Seq<SeverityRule> severityRules,
        Seq<SanctionMeasure> sanctionMeasures,
        Period queryPeriod,
        Deadlines deadlines) {

    public static final String CATEGORY_UNKNOWN = "CATEGORY_UNKNOWN";

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(severityRules, "severityRules");
        Objects.requireNonNull(sanctionMeasures, "sanctionMeasures");
        Objects.requireNonNull(queryPeriod, "queryPeriod");
        Objects.requireNonNull(deadlines, "deadlines");
        if (effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a policy ends after it starts: " + id);
        }
        if (categories.map(Category::item).distinct().size() != categories.size()) {
            throw new IllegalArgumentException("category items are unique within a policy: " + id);
        }
    }

    public boolean governs(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveUntil);
    }

    public Either<Rejection, Category> category(int item) {
        return categories.find(category -> category.item() == item).toEither(() -> Rejection.of(CATEGORY_UNKNOWN,
                        "category", String.valueOf(item),
                        citation + "没有第" + item + "类失信信息", citation + " defines no category " + item)
                .withLegalBasis(Citations.article(citation, "第五条")));
    }

    /** Art. 6: every rule applied; any contradiction is a rejection, otherwise the union of the serious grounds. */
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<SeverityFacts> subjectsOtherRecords) {
        return Either.sequence(severityRules.map(rule -> rule.classify(record, subjectsOtherRecords)))
                .mapLeft(Seq::head)
                .map(Classification::combine);
    }

    /** The last day a record whose act ended on {@code actEnded} may be provided (上海市社会信用条例 第三十五条). */
    public LocalDate lastDayOfQueryPeriod(LocalDate actEnded) {
        return actEnded.plus(queryPeriod);
    }

    /** The severity rule of a given kind, for the catalogue to describe its parameters. */
    public <R extends SeverityRule> Option<R> severityRule(Class<R> kind) {
        return severityRules.find(kind::isInstance).map(kind::cast);
    }
}
