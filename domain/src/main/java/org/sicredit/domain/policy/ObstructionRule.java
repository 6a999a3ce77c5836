package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

/**
 * 第六条第（三）项: unreasonably resisting or obstructing supervision (a record of the non-cooperation category) in
 * serious circumstances, or otherwise seriously disturbing administration, is serious. A finding of serious
 * obstruction on any other category contradicts the item and is rejected.
 */
public record ObstructionRule(int obstructionCategory) implements SeverityRule {

    public static final String OBSTRUCTION_WITHOUT_NON_COOPERATION = "OBSTRUCTION_WITHOUT_NON_COOPERATION";

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<SeverityFacts> subjectsOtherRecords) {
        boolean obstructionRecord = record.category().item() == obstructionCategory;
        if (record.obstructionSerious() && !obstructionRecord) {
            return Either.left(Rejection.of(OBSTRUCTION_WITHOUT_NON_COOPERATION, "obstructionSerious", "true",
                            "“抗拒、阻挠监督检查情节严重”只适用于拒不配合监督检查的失信信息",
                            "Serious obstruction applies only to a record of refusing to cooperate with supervision")
                    .withLegalBasis(SeriousGround.OBSTRUCTION.legalBasis()));
        }
        boolean serious = obstructionRecord && (record.obstructionSerious() || record.otherSeriousHarm());
        return Either.right(serious ? Classification.serious(SeriousGround.OBSTRUCTION) : Classification.ORDINARY);
    }

    @Override
    public Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.of(new SeriousCriterion(SeriousGround.OBSTRUCTION,
                io.vavr.collection.List.of(obstructionCategory),
                "无理抗拒、阻挠社会保险相关监督检查，情节严重，或有其他严重影响社会保险管理秩序行为",
                "Unreasonably resisted or obstructed supervision in serious circumstances, or otherwise seriously "
                        + "disturbed administration"));
    }
}
