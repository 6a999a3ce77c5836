package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.domain.policy.Catalogue;
import org.sicredit.domain.policy.CatalogueItem;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.Providers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class ReportingTest {

    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller SHSI = Caller.provider("clerk-001", "SHSI");
    private static final Caller SHLS = Caller.provider("clerk-002", "SHLS");
    private static final YearMonth APRIL = YearMonth.of(2019, 4);
    private static final YearMonth MAY = YearMonth.of(2019, 5);

    private final MutableClock clock = new MutableClock(LocalDate.of(2019, 4, 30));
    private final Application app = new Application(clock);

    @Test
    void the_catalogue_of_a_day_lists_the_six_categories_and_the_serious_list_of_the_policy_in_force() {
        Catalogue catalogue = app.sicredit.produceCatalogue().produce(
                new ProduceCatalogueUseCase.Query(LocalDate.of(2020, 1, 1))).get();

        assertThat(catalogue.items()).extracting(CatalogueItem::category).extracting(c -> c.item())
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(catalogue.seriousList()).isNotEmpty();
        assertThat(catalogue.measure().id()).isEqualTo("hu-renshe-gui-2018-30");
    }

    @Test
    void there_is_no_catalogue_for_a_day_no_policy_governs() {
        assertThat(app.sicredit.produceCatalogue().produce(new ProduceCatalogueUseCase.Query(LocalDate.of(2018, 7, 31)))
                .getLeft().code()).isEqualTo("NO_POLICY_IN_FORCE");
        assertThat(app.sicredit.produceCatalogue().produce(new ProduceCatalogueUseCase.Query(null)).getLeft().field())
                .isEqualTo("on");
    }

    @Test
    void statistics_sum_the_records_per_month_category_severity_provider_and_state() {
        collect(SHSI, "SHSI", APRIL, aRecord().documentNumber("A-1"), aRecord().documentNumber("A-2").serious());
        collect(SHLS, "SHLS", APRIL, aRecord().documentNumber("L-1").providedBy(Providers.byCode("SHLS").get()));
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, APRIL)).get();
        app.relay();
        clock.setDay(LocalDate.of(2019, 5, 20));
        collect(SHSI, "SHSI", MAY, aRecord().documentNumber("M-1"));

        ProduceStatisticsUseCase.Result all = statistics(BUREAU, APRIL, MAY).get();

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.byMonth().toJavaMap()).containsExactly(java.util.Map.entry(APRIL, 3L), java.util.Map.entry(MAY, 1L));
        assertThat(all.byCategory().toJavaMap()).containsExactly(java.util.Map.entry(1, 4L));
        assertThat(all.bySeverity().toJavaMap()).containsExactly(java.util.Map.entry(Severity.ORDINARY, 3L),
                java.util.Map.entry(Severity.SERIOUS, 1L));
        assertThat(all.byProvider().toJavaMap()).containsExactly(java.util.Map.entry("SHLS", 1L),
                java.util.Map.entry("SHSI", 3L));
        assertThat(all.byStatus().toJavaMap()).containsExactly(java.util.Map.entry("REPORTED", 3L),
                java.util.Map.entry("SUBMITTED", 1L));
        assertThat(all.cells().map(c -> c.count()).sum().longValue()).isEqualTo(4);
    }

    @Test
    void a_provider_sees_only_its_own_records_in_the_statistics() {
        collect(SHSI, "SHSI", APRIL, aRecord().documentNumber("A-1"));
        collect(SHLS, "SHLS", APRIL, aRecord().documentNumber("L-1").providedBy(Providers.byCode("SHLS").get()));

        ProduceStatisticsUseCase.Result own = statistics(SHLS, APRIL, APRIL).get();

        assertThat(own.total()).isEqualTo(1);
        assertThat(own.byProvider().keySet()).containsExactly("SHLS");
    }

    @Test
    void statistics_refuse_a_reversed_or_too_long_range_and_callers_who_are_not_officials() {
        assertThat(statistics(BUREAU, MAY, APRIL).getLeft().code()).isEqualTo("STATISTICS_RANGE");
        assertThat(statistics(BUREAU, YearMonth.of(-1, 12), APRIL).getLeft().field()).isEqualTo("from");
        assertThat(statistics(BUREAU, APRIL, YearMonth.of(10000, 1)).getLeft().code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(statistics(BUREAU, YearMonth.of(2014, 4), APRIL).getLeft().code())
                .isEqualTo("STATISTICS_RANGE_TOO_LONG");
        assertThat(statistics(BUREAU, YearMonth.of(2014, 5), YearMonth.of(2019, 4)).isRight()).isTrue();
        assertThat(statistics(Caller.subject("9131000013221158XC", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), APRIL, APRIL).getLeft().code())
                .isEqualTo("ROLE_NOT_ALLOWED");
    }

    private io.vavr.control.Either<org.sicredit.domain.rejection.Rejection, ProduceStatisticsUseCase.Result> statistics(
            Caller caller, YearMonth from, YearMonth to) {
        return app.sicredit.produceStatistics().produce(new ProduceStatisticsUseCase.Query(caller, from, to));
    }

    private void collect(Caller caller, String provider, YearMonth period,
                         org.sicredit.domain.fixtures.RecordFixture... fixtures) {
        List<CollectSubmissionUseCase.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < fixtures.length; i++) {
            rows.add(new CollectSubmissionUseCase.Row(i + 1, fixtures[i].draft()));
        }
        assertThat(app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(caller, provider,
                period, rows)).get().rejected()).isEmpty();
    }
}
