package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * 第六条第（三）项: "无理抗拒、阻挠社会保险相关监督检查，情节严重的，或有其他严重影响社会保险管理秩序行为的" — two
 * findings under one item:
 * <ul>
 *   <li>obstruction in serious circumstances ({@code obstructionSerious}): only on a record of the non-cooperation
 *       category;</li>
 *   <li>another act that seriously disturbed administration ({@code administrationHarm}): on a record of any
 *       category in {@code administrationCategories} — acts against the administration itself.</li>
 * </ul>
 * Either finding on a category the item cannot apply to is rejected, never ignored.
 *
 * @param legalBasis the item as the Measure that applies it cites it
 */
public record ObstructionRule(int obstructionCategory, Set<Integer> administrationCategories, String legalBasis)
        implements SeverityRule {

    public static final String OBSTRUCTION_WITHOUT_NON_COOPERATION = "OBSTRUCTION_WITHOUT_NON_COOPERATION";
    public static final String ADMINISTRATION_FINDING_NOT_APPLICABLE = "ADMINISTRATION_FINDING_NOT_APPLICABLE";

    public ObstructionRule {
        Objects.requireNonNull(administrationCategories, "administrationCategories");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords) {
        int item = record.category().item();
        if (record.obstructionSerious() && item != obstructionCategory) {
            return Either.left(Rejection.of(OBSTRUCTION_WITHOUT_NON_COOPERATION, "obstructionSerious", "true",
                            "“抗拒、阻挠监督检查情节严重”只适用于拒不配合监督检查的失信信息",
                            "Serious obstruction applies only to a record of refusing to cooperate with supervision")
                    .withLegalBasis(legalBasis));
        }
        if (record.administrationHarm() && !administrationCategories.contains(item)) {
            return Either.left(Rejection.of(ADMINISTRATION_FINDING_NOT_APPLICABLE, "administrationHarm", "true",
                            "“其他严重影响社会保险管理秩序行为”不适用于第" + item + "类失信信息（适用于第"
                                    + administrationCategories.toList().sorted().mkString("、") + "类）",
                            "The finding 'otherwise seriously disturbed administration' does not apply to category "
                                    + item + " (it applies to categories "
                                    + administrationCategories.toList().sorted().mkString(", ") + ")")
                    .withLegalBasis(legalBasis));
        }
        boolean serious = record.obstructionSerious() || record.administrationHarm();
        return Either.right(serious ? Classification.serious(SeriousGround.OBSTRUCTION, legalBasis)
                : Classification.ORDINARY);
    }

    @Override
    public Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.of(new SeriousCriterion(SeriousGround.OBSTRUCTION,
                administrationCategories.add(obstructionCategory).toList().sorted(),
                "无理抗拒、阻挠社会保险相关监督检查，情节严重（第" + obstructionCategory + "类），或有其他严重影响社会保险管理秩序行为",
                "Unreasonably resisted or obstructed supervision in serious circumstances (category "
                        + obstructionCategory + "), or otherwise seriously disturbed administration", legalBasis));
    }
}
