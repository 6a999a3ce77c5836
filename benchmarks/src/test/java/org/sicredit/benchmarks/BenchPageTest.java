package org.sicredit.benchmarks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.domain.fixtures.Clocks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The results page says what a run measured, holds each target to its bound and draws the growth plots. */
class BenchPageTest {

    private static final Clock CLOCK = Clocks.on(2026, 11, 27);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path run;

    @AfterEach
    void no_results_file() {
        System.clearProperty("bench.results");
    }

    @Test
    void a_ratio_that_reaches_its_target_is_met_and_says_by_how_much() {
        assertThat(BenchPage.verdict(0.92, 0.8, true)).isEqualTo("met (+15%)");
    }

    @Test
    void a_ratio_short_of_its_target_is_not_met_and_says_by_how_much() {
        assertThat(BenchPage.verdict(0.6, 0.8, true)).isEqualTo("**not met**: 25% short");
    }

    @Test
    void a_latency_over_its_bound_is_not_met_and_one_under_it_is() {
        assertThat(BenchPage.verdict(72, 60, false)).isEqualTo("**not met**: 20% over");
        assertThat(BenchPage.verdict(45, 60, false)).isEqualTo("met (25% under)");
    }

    @Test
    void the_page_holds_every_target_figure_and_growth_point_of_the_run_and_draws_the_plots() throws Exception {
        System.setProperty("bench.results", run.resolve("results.jsonl").toString());
        Results.fact("PostgreSQL", "18.6 (embedded, zonky)");
        Results.target("store", "PostgreSQL: adapter saveAll / raw COPY", 0.93, "×", 0.6, true);
        Results.target("http", "POST /api/v1/lookups p99", 75, "ms", 60, false);
        Results.figure("store", "PostgreSQL: raw COPY of the very same rows", 41_234, "rows/s", 39_000, 43_000);
        Results.load("http", "bare endpoint, one raw SELECT", 2_000, "requests/s", 12.5, 48);
        for (long size : new long[] {1_000, 10_000}) {
            Results.point("ingest", "H2", size, 9_000, "rows/s");
            Results.point("lookup p50: raw indexed SELECT", "H2", size, 95, "µs");
            Results.point("lookup p99: raw indexed SELECT", "H2", size, 900, "µs");
        }
        Files.writeString(run.resolve("jmh.json"), jmh(Map.of("creditCodeSicredit", 4_000_000.0,
                "creditCodeHutool", 2_000_000.0)), StandardCharsets.UTF_8);
        Path page = run.resolve("docs/benchmarks.md");
        Files.createDirectories(page.getParent());

        BenchPage.write(run, page, "full", CLOCK.instant().minus(Duration.ofMinutes(14)), Optional.empty(), CLOCK);

        String written = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(written)
                .contains("on 2026-11-27 10:00 (Asia/Shanghai), in 14 min 0 s")
                .contains("| PostgreSQL | 18.6 (embedded, zonky) |")
                .contains("| Credit codes: sicredit's parse / Hutool's `CreditCodeUtil.isCreditCode` | 2.00 × | "
                        + "≥ 1.00 × | met (+100%) |")
                .contains("| PostgreSQL: adapter saveAll / raw COPY | 0.93 × | ≥ 0.60 × | met (+55%) |")
                .contains("| POST /api/v1/lookups p99 | 75.0 ms | ≤ 60.0 ms | **not met**: 25% over |")
                .contains("| PostgreSQL: raw COPY of the very same rows | 41,234 rows/s | 39,000 – 43,000 |")
                .contains("| bare endpoint, one raw SELECT | 2,000 requests/s | p50 12.5 ms, p99 48.0 ms |")
                .contains("| 10,000 records | 9,000 |")
                .contains("`IdentifierBenchmark.creditCodeSicredit` | 4,000,000 ± 40,000 ops/s | 5 × 1")
                .contains("| `A123456789` | invalid | rejects | **accepts** |");
        assertThat(Files.readAllBytes(page.resolveSibling("benchmarks/ingest.png"))).startsWith(PNG_SIGNATURE);
        assertThat(Files.readAllBytes(page.resolveSibling("benchmarks/lookup-h2.png"))).startsWith(PNG_SIGNATURE);
    }

    @Test
    void a_part_that_did_not_run_says_so_instead_of_an_empty_table() throws Exception {
        Path page = run.resolve("benchmarks.md");

        BenchPage.write(run, page, "quick", CLOCK.instant(), Optional.empty(), CLOCK);

        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("--quick (a smoke run")
                .contains("## How cost grows").contains("_Not run._");
    }

    private static String jmh(Map<String, Double> scores) {
        StringBuilder json = new StringBuilder("[");
        scores.forEach((method, score) -> json.append(json.length() > 1 ? "," : "").append("""
                {"benchmark": "org.sicredit.benchmarks.IdentifierBenchmark.%s", "mode": "thrpt", "forks": 1,
                 "measurementIterations": 5,
                 "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "ops/s"}}
                """.formatted(method, score, score / 100)));
        return json.append("]").toString();
    }
}
