package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * 第六条第（一）项: an organisation in premium arrears that was publicly notified under 沪人社办发〔2016〕51号 is
 * serious. A public notice on a record that is not about arrears contradicts the item and is rejected.
 *
 * @param legalBasis the item as the Measure that applies it cites it
 */
public record PublicNoticeRule(Set<Integer> arrearsCategories, String legalBasis) implements SeverityRule {

    public static final String PUBLIC_NOTICE_WITHOUT_ARREARS = "PUBLIC_NOTICE_WITHOUT_ARREARS";

    public PublicNoticeRule {
        Objects.requireNonNull(arrearsCategories, "arrearsCategories");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords) {
        if (!record.publicNoticeIssued()) {
            return Either.right(Classification.ORDINARY);
        }
        if (!arrearsCategories.contains(record.category().item())) {
            return Either.left(Rejection.of(PUBLIC_NOTICE_WITHOUT_ARREARS, "publicNoticeIssued", "true",
                            "只有单位欠缴社会保险费的失信信息才能标记“已向社会公开告示”",
                            "Only a record of an organisation's premium arrears can be marked as publicly notified")
                    .withLegalBasis(legalBasis));
        }
        return Either.right(Classification.serious(SeriousGround.PUBLIC_NOTICE, legalBasis));
    }

    @Override
    public Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.of(new SeriousCriterion(SeriousGround.PUBLIC_NOTICE,
                arrearsCategories.toList().sorted(),
                "单位欠缴社会保险费，符合沪人社办发〔2016〕51号规定情形，被实施向社会公开告示",
                "An organisation in premium arrears publicly notified under 沪人社办发〔2016〕51号", legalBasis));
    }
}
