package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Measure — 沪人社规〔2018〕30号 or a successor a deployment configures — in force from {@code effectiveFrom} to
 * {@code effectiveUntil}, both inclusive: its categories (第五条), severity rules (第六条), sanction measures (第八条),
 * provider duties (第四条, 第十一条) and whether a record under objection keeps sanctioning. The query period and the
 * deadlines are not here: they are the Regulations' ({@link Regulations}), and outlive every Measure.
 *
 * <p>A new Measure is a new {@code Measure} in the {@link PolicyBook}; nothing outside this package changes.
 *
 * @param sanctionsWhileUnderObjection whether a record under objection keeps sanctioning until the Bureau decides.
 *        The built-in Measure says yes: neither it nor 上海市社会信用条例 第三十六条 suspends a record on objection —
 *        the Centre only marks it (异议标注) so that every reader sees it is disputed — and a subject could otherwise
 *        lift its own sanctions by objecting. A deployment whose rules suspend disputed records says no.
 */
public record Measure(
        String id,
        String title,
        String citation,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        Seq<Category> categories,
        Seq<SeverityRule> severityRules,
        Seq<SanctionMeasure> sanctionMeasures,
        ProviderDuties duties,
        boolean sanctionsWhileUnderObjection) {

    public static final String CATEGORY_UNKNOWN = "CATEGORY_UNKNOWN";

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(severityRules, "severityRules");
        Objects.requireNonNull(sanctionMeasures, "sanctionMeasures");
        Objects.requireNonNull(duties, "duties");
        if (effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a measure ends after it starts: " + id);
        }
        if (categories.map(Category::item).distinct().size() != categories.size()) {
            throw new IllegalArgumentException("category items are unique within a measure: " + id);
        }
    }

    public boolean governs(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveUntil);
    }

    /** An article of this Measure, cited as the Chinese original does: {@code 沪人社规〔2018〕30号 第八条}. */
    public String article(String article) {
        return Citations.article(citation, article);
    }

    public Either<Rejection, Category> category(int item) {
        return categories.find(category -> category.item() == item).toEither(() -> Rejection.of(CATEGORY_UNKNOWN,
                        "category", String.valueOf(item),
                        citation + "没有第" + item + "类失信信息", citation + " defines no category " + item)
                .withLegalBasis(article("第五条")));
    }

    /** 第六条: every rule applied; any contradiction is a rejection, otherwise the union of the serious findings. */
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords) {
        return Either.sequence(severityRules.map(rule -> rule.classify(record, subjectsOtherRecords)))
                .mapLeft(Seq::head)
                .map(Classification::combine);
    }

    /** The severity rule of a given kind, for the catalogue to describe its parameters. */
    public <R extends SeverityRule> Option<R> severityRule(Class<R> kind) {
        return severityRules.find(kind::isInstance).map(kind::cast);
    }

    public Measure withSeverityRules(Seq<SeverityRule> rules) {
        return new Measure(id, title, citation, effectiveFrom, effectiveUntil, categories, rules, sanctionMeasures,
                duties, sanctionsWhileUnderObjection);
    }

    public Measure withSanctionMeasures(Seq<SanctionMeasure> measures) {
        return new Measure(id, title, citation, effectiveFrom, effectiveUntil, categories, severityRules, measures,
                duties, sanctionsWhileUnderObjection);
    }

    public Measure withDuties(ProviderDuties newDuties) {
        return new Measure(id, title, citation, effectiveFrom, effectiveUntil, categories, severityRules,
                sanctionMeasures, newDuties, sanctionsWhileUnderObjection);
    }

    public Measure withSanctionsWhileUnderObjection(boolean sanctions) {
        return new Measure(id, title, citation, effectiveFrom, effectiveUntil, categories, severityRules,
                sanctionMeasures, duties, sanctions);
    }

    /** The period in words, for messages. */
    String periodZh() {
        return effectiveFrom + "至" + effectiveUntil;
    }

    String periodEn() {
        return effectiveFrom + " to " + effectiveUntil;
    }
}
