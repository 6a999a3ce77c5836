package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set: every step of it lawful, records with a true history — every kind of provider, every category,
 * serious and ordinary, revocations, repairs and objections in every state — loaded once into a fresh directory.
 */
class DemoDataTest {

    @Test
    void the_demo_runs_every_step_through_the_use_cases_without_one_refusal_and_only_into_a_fresh_directory(
            @TempDir Path data) {
        AppSettings settings = AppSettings.resolve(Map.of("data.dir", data.toString()), name -> null,
                new Properties());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        DemoData.Summary summary = DemoData.load(settings, 48, 7L, out);
        boolean again = DemoCommand.loadIfFresh(settings, 24, 7L, out, false);

        assertThat(summary.refused()).as("steps the law refused").isZero();
        assertThat(summary.months()).isEqualTo(55);
        assertThat(summary.records()).isGreaterThan(24);
        assertThat(summary.objections()).isGreaterThanOrEqualTo(2);
        assertThat(summary.repairs()).isGreaterThanOrEqualTo(1);
        assertThat(again).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("已有数据，不再载入演示数据");
        Clock june2023 = Clock.fixed(Instant.parse("2023-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Composition composition = Composition.open(settings, june2023)) {
            int active = 0;
            for (int subject = 0; subject < 48; subject++) {
                String identifier = subject % 3 == 2 ? DemoData.residentId(subject) : DemoData.creditCode(subject);
                active += composition.sicredit().lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(
                        Caller.bureau("test"), identifier, LocalDate.of(2023, 6, 30), "演示核对")).get()
                        .activeRecords().size();
            }
            assertThat(active).as("records active on 2023-06-30").isPositive();
            var statistics = composition.sicredit().produceStatistics().produce(new ProduceStatisticsUseCase.Query(
                    Caller.bureau("test"), DemoData.FIRST, DemoData.LAST)).get();
            assertThat(statistics.byProvider().keySet().map(code -> code.replaceAll("-.*", "")).toSet())
                    .as("every kind of provider").containsExactlyInAnyOrder("SHSI", "SHLS", "SHEP", "EP", "RP");
            assertThat(statistics.byProvider().keySet().filter(code -> code.contains("-")).size())
                    .as("district providers").isGreaterThan(8);
            assertThat(statistics.byCategory().keySet()).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(statistics.bySeverity().keySet().map(Enum::name)).containsExactly("ORDINARY", "SERIOUS");
            assertThat(statistics.byStatus().keySet()).contains("REPORTED", "REVOKED", "REPAIRED", "UNDER_OBJECTION");
            var repairs = composition.sicredit().listOpenRepairs().list(new ListOpenRepairsUseCase.Query(
                    Caller.bureau("test"))).get();
            assertThat(repairs.map(repair -> repair.status().getClass().getSimpleName()).toSet())
                    .as("repairs left open").containsExactlyInAnyOrder("Applied", "Verified");
            var open = composition.sicredit().listOpenObjections().list(new ListOpenObjectionsUseCase.Query(
                    Caller.bureau("test"), LocalDate.of(2026, 11, 26), true)).get();
            assertThat(open).as("objections left open, long overdue").hasSize(2);
        }
    }
}
