package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The catalogue (目录, 第五条第二款) and the serious list (清单, 第六条第二款) of a Measure, generated from the Measure
 * itself so that they can never disagree with the rules that run.
 */
public record Catalogue(Measure measure, Seq<CatalogueItem> items, Seq<SeriousCriterion> seriousList) {

    private static final Seq<String> REPORTED_FIELDS = List.of("cause", "actDate", "documentNumber",
            "subject.name", "subject.identifier");

    public Catalogue {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(seriousList, "seriousList");
    }

    /** The catalogue of the Measure in force on {@code date}, with the query period of the Regulations then. */
    public static Either<Rejection, Catalogue> on(PolicyBook book, LocalDate date) {
        return book.measureOn(date).flatMap(measure -> book.regulationsOn(date).map(law -> of(measure, law)));
    }

    public static Catalogue of(Measure measure, Regulations regulations) {
        Seq<SeriousCriterion> seriousList = measure.severityRules().flatMap(SeverityRule::criteria);
        Seq<CatalogueItem> items = measure.categories().map(category -> new CatalogueItem(
                category,
                category.subjects(),
                requiredFields(category),
                category.legalBasis(),
                seriousList.filter(criterion -> criterion.categories().contains(category.item())),
                regulations.queryPeriod()));
        return new Catalogue(measure, items, seriousList);
    }

    /** Art. 7's fields, the legal representative where organisations are concerned, the amount where required. */
    private static Seq<String> requiredFields(Category category) {
        Seq<String> fields = REPORTED_FIELDS;
        if (category.allows(SubjectKind.ORGANISATION)) {
            fields = fields.appendAll(List.of("legalRepresentative.name", "legalRepresentative.residentIdNumber"));
        }
        return category.amountRequired() ? fields.append("amount") : fields;
    }
}
