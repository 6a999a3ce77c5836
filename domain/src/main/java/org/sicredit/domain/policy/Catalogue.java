package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.sicredit.domain.subject.SubjectKind;

import java.util.Objects;

/**
 * The catalogue (目录, 第五条第二款) and the serious list (清单, 第六条第二款) of a policy, generated from the policy
 * itself so that they can never disagree with the rules that run.
 */
public record Catalogue(Policy policy, Seq<CatalogueItem> items, Seq<SeriousCriterion> seriousList) {

    private static final Seq<String> REPORTED_FIELDS = List.of("cause", "actDate", "documentNumber",
            "subject.name", "subject.identifier");

    public Catalogue {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(seriousList, "seriousList");
    }

    public static Catalogue of(Policy policy) {
        Seq<SeriousCriterion> seriousList = policy.severityRules().flatMap(SeverityRule::criteria);
        Seq<CatalogueItem> items = policy.categories().map(category -> new CatalogueItem(
                category,
                category.subjects(),
                requiredFields(category),
                category.legalBasis(),
                seriousList.filter(criterion -> criterion.categories().contains(category.item())),
                policy.queryPeriod()));
        return new Catalogue(policy, items, seriousList);
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
