package org.sicredit.domain.record;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

/** The checks on facts a provider adds to a reported record, and the content they make. */
final class LaterFacts {

    static final String EVIDENCE_REQUIRED = "LATER_FACTS_EVIDENCE_REQUIRED";
    static final String NOTHING_NEW = "LATER_FACTS_NOTHING_NEW";
    static final String ACT_END_ALREADY_RECORDED = "ACT_END_ALREADY_RECORDED";
    static final int MAX_EVIDENCE = org.sicredit.domain.text.Limits.EVIDENCE_REFERENCE;

    private LaterFacts() {
    }

    static Either<Rejection, RecordContent> check(DishonestyRecord record, Option<LocalDate> actEnded,
                                                  boolean publicNotice, String evidence, LocalDate today) {
        RecordContent content = record.content();
        if (evidence == null || evidence.isBlank() || evidence.strip().length() > MAX_EVIDENCE) {
            return Either.left(Rejection.of(EVIDENCE_REQUIRED, "evidenceReference",
                    evidence == null ? "" : evidence.strip(),
                    "补充事实须注明证据（文书编号或凭证，不超过" + MAX_EVIDENCE + "个字符）",
                    "Later facts name their evidence (a document number or voucher, at most " + MAX_EVIDENCE
                            + " characters)"));
        }
        boolean newEnd = actEnded.isDefined() && content.actEndedOn().isEmpty();
        boolean newNotice = publicNotice && !content.publicNoticeIssued();
        if (actEnded.isDefined() && content.actEndedOn().exists(ended -> !ended.equals(actEnded.get()))) {
            return Either.left(Rejection.of(ACT_END_ALREADY_RECORDED, "actEndedOn", actEnded.get().toString(),
                    "该失信行为已记录终止于" + content.actEndedOn().get() + "，如有错误请提出异议",
                    "The act is already recorded as ended on " + content.actEndedOn().get()
                            + "; an error in it is a matter for an objection")
                    .withLegalBasis(Citations.scr("第三十六条")));
        }
        if (!newEnd && !newNotice) {
            return Either.left(Rejection.of(NOTHING_NEW, "recordId", record.id().toString(),
                    "没有新的事实：行为终止日期或公开告示均已记录", "Nothing new: the end of the act and the public notice "
                            + "are already recorded as given"));
        }
        if (newEnd && actEnded.get().isBefore(content.actDate())) {
            return Either.left(Rejection.of("ACT_ENDED_BEFORE_ACT_DATE", "actEndedOn", actEnded.get().toString(),
                    "行为终止日期不能早于失信信息产生的日期" + content.actDate(),
                    "The act cannot end before its date " + content.actDate()));
        }
        if (newEnd && actEnded.get().isAfter(today)) {
            return Either.left(Rejection.of("ACT_ENDED_IN_FUTURE", "actEndedOn", actEnded.get().toString(),
                    "行为终止日期不能晚于今天" + today, "The act cannot end after today " + today));
        }
        return Either.right(new RecordContent(content.subject(), content.category(), content.cause(),
                content.actDate(), newEnd ? actEnded : content.actEndedOn(), content.documentNumber(),
                content.amount(), content.publicNoticeIssued() || publicNotice, content.obstructionSerious(),
                content.fundSecurityHarm(), content.administrationHarm(), content.scheme()));
    }
}
