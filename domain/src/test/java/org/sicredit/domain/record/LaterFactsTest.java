package org.sicredit.domain.record;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class LaterFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
    private final DishonestyRecord reported = aRecord().reportedOn(LocalDate.of(2019, 4, 10)).build();

    @Test
    void the_day_the_act_ended_starts_the_query_period_and_stays_in_the_history() {
        Changed changed = add(reported, Option.some(LocalDate.of(2020, 12, 1)), false, "补缴凭证 2020-12-01").get();
        DishonestyRecord ended = changed.record();

        assertThat(ended.lastDayOfQueryPeriod()).contains(LocalDate.of(2025, 12, 1));
        assertThat(ended.isActiveOn(LocalDate.of(2025, 12, 1))).isTrue();
        assertThat(ended.isActiveOn(LocalDate.of(2025, 12, 2))).isFalse();
        assertThat(ended.version()).isEqualTo(reported.version() + 1);
        assertThat(ended.state()).isEqualTo(reported.state());
        RecordEvent.RecordFactsAdded event = (RecordEvent.RecordFactsAdded) changed.event();
        assertThat(event.previous()).isEqualTo(reported.content());
        assertThat(event.updated().actEndedOn()).contains(LocalDate.of(2020, 12, 1));
        assertThat(event.evidenceReference()).isEqualTo("补缴凭证 2020-12-01");
        assertThat(ended.history().last()).isEqualTo(event);
    }

    @Test
    void a_public_notice_issued_after_the_report_makes_arrears_serious_under_item_one() {
        DishonestyRecord noticed = add(reported, Option.none(), true, "沪人社告〔2021〕3号").get().record();

        assertThat(noticed.isSerious()).isTrue();
        assertThat(noticed.classification().legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
        assertThat(noticed.content().publicNoticeIssued()).isTrue();
    }

    @Test
    void a_public_notice_on_a_record_not_about_arrears_is_refused_by_article_six() {
        DishonestyRecord overpaid = aRecord().ofAnIndividual().category(5).amount(new BigDecimal("900.00"))
                .reportedOn(LocalDate.of(2019, 4, 10)).build();

        assertThat(code(add(overpaid, Option.none(), true, "告示"))).isEqualTo("PUBLIC_NOTICE_WITHOUT_ARREARS");
    }

    @Test
    void only_the_owning_provider_adds_facts_and_only_to_a_reported_record() {
        assertThat(code(reported.addLaterFacts(Providers.EMPLOYMENT_PROMOTION_CENTRE, Option.some(TODAY), false, "e",
                Policies.defaultBook(), List.empty(), PROVIDER_CLERK, Clocks.on(TODAY))))
                .isEqualTo("RECORD_NOT_OWNING_PROVIDER");
        assertThat(code(add(aRecord().build(), Option.some(TODAY), false, "e"))).isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void refuses_facts_without_evidence_or_with_nothing_new() {
        assertThat(code(add(reported, Option.some(TODAY), false, " "))).isEqualTo("LATER_FACTS_EVIDENCE_REQUIRED");
        assertThat(code(add(reported, Option.some(TODAY), false, "x".repeat(201))))
                .isEqualTo("LATER_FACTS_EVIDENCE_REQUIRED");
        assertThat(add(reported, Option.some(TODAY), false, "x".repeat(200)).isRight()).isTrue();
        assertThat(code(add(reported, Option.none(), false, "e"))).isEqualTo("LATER_FACTS_NOTHING_NEW");
        DishonestyRecord ended = add(reported, Option.some(TODAY), true, "e").get().record();
        assertThat(code(add(ended, Option.some(TODAY), true, "e"))).isEqualTo("LATER_FACTS_NOTHING_NEW");
        assertThat(code(add(ended, Option.some(TODAY.minusDays(1)), false, "e"))).isEqualTo("ACT_END_ALREADY_RECORDED");
    }

    @Test
    void the_act_ends_between_its_date_and_today() {
        assertThat(code(add(reported, Option.some(LocalDate.of(2019, 3, 14)), false, "e")))
                .isEqualTo("ACT_ENDED_BEFORE_ACT_DATE");
        assertThat(add(reported, Option.some(LocalDate.of(2019, 3, 15)), false, "e").isRight()).isTrue();
        assertThat(code(add(reported, Option.some(TODAY.plusDays(1)), false, "e"))).isEqualTo("ACT_ENDED_IN_FUTURE");
    }

    @Test
    void the_evidence_reference_keeps_no_resident_id_number_in_clear() {
        Changed added = add(reported, Option.some(LocalDate.of(2019, 3, 15)), false, "440524188001010014的补缴凭证").get();

        assertThat(((RecordEvent.RecordFactsAdded) added.event()).evidenceReference()).isEqualTo("4405**********0014的补缴凭证");
    }

    private static Either<Rejection, Changed> add(DishonestyRecord record, Option<LocalDate> ended, boolean notice,
                                                  String evidence) {
        return record.addLaterFacts(Providers.SOCIAL_INSURANCE_CENTRE, ended, notice, evidence, Policies.defaultBook(),
                List.empty(), PROVIDER_CLERK, Clocks.on(TODAY));
    }

    private static String code(Either<Rejection, Changed> result) {
        return result.getLeft().code();
    }
}
