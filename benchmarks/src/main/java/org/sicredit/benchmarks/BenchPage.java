package org.sicredit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the results page from what one {@code ./bench} run measured: JMH's JSON, the bench programs' JSON lines
 * ({@link Results}) and the hand-written analysis; draws the growth plots beside it.
 *
 * <p>Arguments: the run's directory (holding {@code jmh.json} and {@code results.jsonl}), the page to write, the
 * mode ({@code full} or {@code quick}), the epoch second the run started, the analysis to include (may be absent).
 */
public final class BenchPage {

    private static final String CREDIT_SICREDIT = "IdentifierBenchmark.creditCodeSicredit";
    private static final String CREDIT_HUTOOL = "IdentifierBenchmark.creditCodeHutool";
    private static final String ID_SICREDIT = "IdentifierBenchmark.residentIdSicredit";
    private static final String ID_HUTOOL = "IdentifierBenchmark.residentIdHutool";

    private final List<JsonNode> entries;
    private final JmhResults jmh;
    private final Clock clock;
    private final Optional<String> loadBefore;
    private final Optional<Instant> finished;
    private final StringBuilder page = new StringBuilder();
    private final Path images;

    private BenchPage(List<JsonNode> entries, JmhResults jmh, Path pageFile, Clock clock, Optional<String> loadBefore,
                      Optional<Instant> finished) {
        this.entries = entries;
        this.jmh = jmh;
        this.clock = clock;
        this.loadBefore = loadBefore;
        this.finished = finished;
        this.images = pageFile.resolveSibling("benchmarks");
    }

    public static void main(String[] args) throws IOException {
        Path run = Path.of(args[0]);
        Path pageFile = Path.of(args[1]);
        String mode = args[2];
        Instant started = Instant.ofEpochSecond(Long.parseLong(args[3]));
        Optional<Path> analysis = args.length > 4 ? Optional.of(Path.of(args[4])) : Optional.empty();
        write(run, pageFile, mode, started, analysis, IdentifierCorpus.TODAY);
        System.out.println("wrote " + pageFile + " and its plots in " + pageFile.resolveSibling("benchmarks"));
    }

    /** The page for the run in {@code run}, dated by {@code clock}, which also gives the identifiers' "today". */
    static void write(Path run, Path pageFile, String mode, Instant started, Optional<Path> analysis, Clock clock)
            throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        Path results = run.resolve("results.jsonl");
        if (Files.exists(results)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                entries.add(json.readTree(line));
            }
        }
        Path load = run.resolve("load-before");
        Optional<String> loadBefore = Files.exists(load) ? Optional.of(String.join(", ",
                Arrays.asList(Files.readString(load).strip().split("\\s+")).subList(0, 3))) : Optional.empty();
        Path end = run.resolve("finished");
        Optional<Instant> finished = Files.exists(end)
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(Files.readString(end).strip()))) : Optional.empty();
        BenchPage bench = new BenchPage(entries, JmhResults.read(run.resolve("jmh.json")), pageFile, clock,
                loadBefore, finished);
        Files.createDirectories(bench.images);
        Files.writeString(pageFile, bench.write(mode, started, analysis), StandardCharsets.UTF_8);
    }

    private String write(String mode, Instant started, Optional<Path> analysis) throws IOException {
        header(mode, started);
        machine();
        targets();
        identifiers();
        domain();
        group("store", "## Storing and collecting",
                "A monthly submission stored three ways on the same database with the same rows, side by side in each "
                        + "round: through `CollectSubmissionUseCase` (every row parsed, vetted, classified against the "
                        + "subject's other records, deduplicated, stored, logged and audited in one transaction), "
                        + "through the JDBC adapter's `saveAll` of the records already built, and raw (COPY of the "
                        + "very bytes on PostgreSQL, a JDBC batch insert of the very values on H2). Spread: the "
                        + "slowest and fastest round.");
        group("files", "## Providers' files",
                "A CSV read by the file adapter into drafts (cells made plain, dates and amounts parsed, each row a "
                        + "draft or its rejections) next to a raw FastCSV parse with type conversion and nothing "
                        + "checked, in a 256 MB heap, which is the memory bound; then a workbook in the same heap.");
        growth();
        page.append("\n");
        figures("ingest");
        page.append("\n");
        figures("lookup");
        group("concurrency", "## The audited lookup under concurrent callers",
                "`LookUpSubjectUseCase` called directly by 1 and by 32 threads on the largest PostgreSQL database: "
                        + "each lookup reads the records, computes the profile and commits its audit entry durably. "
                        + "Low and high are p50 and p99 in milliseconds.");
        group("http", "## The HTTP lookup endpoint",
                "`POST /api/v1/lookups` (API key, lookup, profile, durable audit entry) next to a bare Javalin "
                        + "endpoint doing one raw indexed SELECT and answering JSON, on the same database, server "
                        + "settings (32 threads) and bound on work in flight (8), under a loopback load generator with "
                        + "one keep-alive connection per client thread; and the floors without HTTP. Low and high are "
                        + "p50 and p99 in milliseconds.");
        if (analysis.isPresent() && Files.exists(analysis.get())) {
            page.append("\n").append(Files.readString(analysis.get(), StandardCharsets.UTF_8).strip()).append("\n");
        }
        reproduce();
        return page.toString();
    }

    private void header(String mode, Instant started) {
        ZonedDateTime now = finished.orElse(clock.instant()).atZone(ZoneId.of("Asia/Shanghai"));
        Duration took = Duration.between(started, finished.orElse(clock.instant()));
        page.append("# Benchmarks\n\n")
                .append("Written by `./bench`").append("quick".equals(mode) ? " --quick (a smoke run: short, few "
                        + "rounds, small tables — its figures say only that every benchmark runs)" : "")
                .append(" on ").append(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" (Asia/Shanghai), in ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s. ")
                .append("Every figure that has a reference was measured next to it in the same run, so the ratio "
                        + "holds on a noisy machine where the absolute figures would not; the absolute figures are this "
                        + "machine's. Errors are JMH's 99.9% confidence half-width; spreads are the lowest and highest "
                        + "of the rounds.\n");
    }

    private void machine() {
        page.append("\n## The machine\n\n| | |\n|---|---|\n");
        row("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
        row("Memory", memory());
        row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        row("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        loadBefore.ifPresent(load -> row("Load before the run", load + " (1, 5 and 15-minute averages)"));
        Map<String, String> facts = new LinkedHashMap<>();
        kind("fact").forEach(fact -> facts.put(fact.get("label").asText(), fact.get("value").asText()));
        facts.forEach(this::row);
        row("H2", org.h2.engine.Constants.FULL_VERSION + " (embedded, file, MVStore)");
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%.1f GiB; heaps: JMH forks the JVM's default, benches -Xmx2g, the file "
                + "read -Xmx256m", total / (double) (1L << 30));
    }

    private void row(String name, String value) {
        page.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private void targets() {
        page.append("\n## Targets\n\n| what | measured | target | verdict |\n|---|---|---|---|\n");
        jmhTarget("Credit codes: sicredit's parse / Hutool's `CreditCodeUtil.isCreditCode`", CREDIT_SICREDIT,
                CREDIT_HUTOOL);
        jmhTarget("Resident ID numbers: sicredit's parse / Hutool's `IdcardUtil.isValidCard`", ID_SICREDIT,
                ID_HUTOOL);
        for (JsonNode target : kind("target")) {
            targetRow(target.get("label").asText(), target.get("value").asDouble(), target.get("unit").asText(),
                    target.get("target").asDouble(), target.get("atLeast").asBoolean());
        }
    }

    private void jmhTarget(String label, String sicredit, String hutool) {
        Optional<JmhResults.Score> ours = jmh.find(sicredit);
        Optional<JmhResults.Score> theirs = jmh.find(hutool);
        if (ours.isPresent() && theirs.isPresent()) {
            targetRow(label, ours.get().score() / theirs.get().score(), "×", 1.0, true);
        }
    }

    private void targetRow(String label, double value, String unit, double target, boolean atLeast) {
        page.append("| ").append(label).append(" | ").append(number(value)).append(" ").append(unit).append(" | ")
                .append(atLeast ? "≥ " : "≤ ").append(number(target)).append(" ").append(unit).append(" | ")
                .append(verdict(value, target, atLeast)).append(" |\n");
    }

    static String verdict(double value, double target, boolean atLeast) {
        double off = (value - target) / target * 100;
        if (atLeast) {
            return value >= target ? String.format(Locale.ROOT, "met (%+.0f%%)", off)
                    : String.format(Locale.ROOT, "**not met**: %.0f%% short", -off);
        }
        return value <= target ? String.format(Locale.ROOT, "met (%.0f%% under)", -off)
                : String.format(Locale.ROOT, "**not met**: %.0f%% over", off);
    }

    private void identifiers() {
        page.append("\n## Identifiers next to Hutool\n\n")
                .append("The same 1,024 inputs for each (seven in eight valid, one with a wrong check character, as "
                        + "a provider's file brings them), one input per operation. sicredit's parse builds the value "
                        + "or a rejection with its message; Hutool (`cn.hutool:hutool-core`, a dependency of this "
                        + "module only) answers a boolean.\n\n");
        jmhTable(jmh.of("IdentifierBenchmark"));
        page.append("\n### Where they disagree\n\n")
                .append("Inputs built one per rule of GB 32100-2015 and GB 11643-1999; the standard's verdict comes "
                        + "from how each was built, not from either library. Every number is synthetic. Listed: every "
                        + "input where the two disagree, or where either differs from the standard.\n\n")
                .append("| identifier | input | the standard | sicredit | Hutool | why |\n|---|---|---|---|---|---|\n");
        int tried = 0;
        for (IdentifierCorpus.Verdict verdict : IdentifierCorpus.verdicts(clock)) {
            tried++;
            if (!verdict.disagreement()) {
                continue;
            }
            IdentifierCorpus.Case each = verdict.tried();
            page.append("| ").append(each.scheme()).append(" | `").append(each.input().replace(" ", "␠"))
                    .append("` | ").append(valid(each.standardValid())).append(" | ")
                    .append(answer(verdict.sicredit(), each.standardValid())).append(" | ")
                    .append(answer(verdict.hutool(), each.standardValid())).append(" | ").append(each.why())
                    .append(" |\n");
        }
        page.append("\n").append(tried).append(" inputs tried; the others were answered alike by both and by the "
                + "standard. (␠ marks a space.)\n");
    }

    private static String valid(boolean valid) {
        return valid ? "valid" : "invalid";
    }

    private static String answer(boolean accepted, boolean standardValid) {
        String said = accepted ? "accepts" : "rejects";
        return accepted == standardValid ? said : "**" + said + "**";
    }

    private void domain() {
        page.append("\n## The domain's hot paths (JMH)\n\n")
                .append("No database: record vetting and 第六条 classification, 第八条's sanction profile of one "
                        + "subject with 1, 10 and 1,000 records, 第九条's five-working-day deadline next to a day-by-"
                        + "day loop over two hash sets of the same schedules, and a 10,000-row provider's file read "
                        + "into drafts next to a raw typed parse of the same file.\n\n");
        List<JmhResults.Score> scores = new ArrayList<>();
        for (String benchmark : List.of("RecordBenchmark", "SanctionProfileBenchmark", "WorkingDayBenchmark",
                "FileReadBenchmark")) {
            scores.addAll(jmh.of(benchmark));
        }
        jmhTable(scores);
        page.append("\n| ratio, same run | value |\n|---|---|\n");
        ratioRow("working days: `WorkingCalendar` / hash-set loop", "WorkingDayBenchmark.deadlineSicredit",
                "WorkingDayBenchmark.deadlineReference");
        ratioRow("CSV, 10,000 rows: file adapter / raw FastCSV parse", "FileReadBenchmark.csvSicredit",
                "FileReadBenchmark.csvReference");
        ratioRow("XLSX, 10,000 rows: file adapter / raw FastExcel read", "FileReadBenchmark.xlsxSicredit",
                "FileReadBenchmark.xlsxReference");
    }

    private void ratioRow(String label, String ours, String reference) {
        Optional<JmhResults.Score> a = jmh.find(ours);
        Optional<JmhResults.Score> b = jmh.find(reference);
        if (a.isPresent() && b.isPresent()) {
            page.append("| ").append(label).append(" | ").append(number(a.get().score() / b.get().score()))
                    .append("× |\n");
        }
    }

    private void jmhTable(List<JmhResults.Score> scores) {
        if (scores.isEmpty()) {
            page.append("_Not run._\n");
            return;
        }
        page.append("| benchmark | score | iterations × forks |\n|---|---|---|\n");
        for (JmhResults.Score score : scores) {
            page.append("| `").append(score.name()).append("` | ").append(score.formatted()).append(" | ")
                    .append(score.iterations()).append(" × ").append(score.forks()).append(" |\n");
        }
    }

    private void group(String group, String heading, String intro) {
        page.append("\n").append(heading).append("\n\n").append(intro).append("\n\n");
        if (figures(group) == 0) {
            page.append("_Not run._\n");
        }
    }

    private int figures(String group) {
        List<JsonNode> figures = kind("figure").stream().filter(entry -> group.equals(entry.get("group").asText()))
                .toList();
        if (figures.isEmpty()) {
            return 0;
        }
        page.append("| figure | value | spread |\n|---|---|---|\n");
        for (JsonNode figure : figures) {
            double low = figure.get("low").asDouble();
            double high = figure.get("high").asDouble();
            String spread = figure.has("latency") ? "p50 " + number(low) + " ms, p99 " + number(high) + " ms"
                    : low == high ? "one run" : number(low) + " – " + number(high);
            page.append("| ").append(figure.get("label").asText()).append(" | ")
                    .append(number(figure.get("value").asDouble())).append(" ").append(figure.get("unit").asText())
                    .append(" | ").append(spread).append(" |\n");
        }
        return figures.size();
    }

    private void growth() throws IOException {
        page.append("\n## How cost grows\n\n")
                .append("One database per engine, filled once through `CollectSubmissionUseCase` (each month then "
                        + "reported and relayed, so lookups find active records) and measured at each size: a "
                        + "submission of 1,000 new rows into the table (median of up to three), and lookups of random "
                        + "subjects, each timed alone, three ways in turn (the one that goes first, to a cold cache, "
                        + "rotates from subject to subject). Past 100,000 records the 100,000-row months are left "
                        + "submitted (see below why), and lookups draw from reported subjects. Both axes "
                        + "that can span decades are logarithmic: a level line is a cost that does not grow.\n\n");
        Map<String, Map<Long, Double>> ingest = series("ingest");
        if (ingest.isEmpty()) {
            page.append("_Not run._\n");
            return;
        }
        List<BenchPlots.Line> ingestLines = new ArrayList<>();
        ingest.forEach((database, points) -> ingestLines.add(new BenchPlots.Line(database, ingestLines.size(), false,
                points)));
        BenchPlots.draw(images.resolve("ingest.png"), "A 1,000-row submission into a table of each size",
                "rows stored per second", false, ingestLines);
        page.append("![ingest throughput by table size](benchmarks/ingest.png)\n\n");
        pointsTable("rows/s of a 1,000-row submission", ingest);
        for (String database : ingest.keySet()) {
            List<BenchPlots.Line> lines = new ArrayList<>();
            Map<String, Map<Long, Double>> table = new LinkedHashMap<>();
            List<String> ways = List.of("raw indexed SELECT", "records + sanction profile", "use case, audited");
            for (String way : ways) {
                for (String percentile : List.of("p50", "p99")) {
                    Map<Long, Double> points = series("lookup " + percentile + ": " + way).getOrDefault(database,
                            Map.of());
                    lines.add(new BenchPlots.Line(way + " " + percentile, ways.indexOf(way),
                            percentile.equals("p99"), points));
                    table.put(way + " " + percentile, points);
                }
            }
            String file = "lookup-" + database.toLowerCase(Locale.ROOT) + ".png";
            BenchPlots.draw(images.resolve(file), "Lookup of one subject (4 records), " + database,
                    "microseconds per lookup", true, lines);
            page.append("\n![lookup latency by table size, ").append(database).append("](benchmarks/").append(file)
                    .append(")\n\n");
            pointsTable(database + ": lookup latency, µs", table);
        }
    }

    private void pointsTable(String title, Map<String, Map<Long, Double>> series) {
        TreeMap<Long, Map<String, Double>> bySize = new TreeMap<>();
        series.forEach((name, points) -> points.forEach((size, value) ->
                bySize.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(name, value)));
        page.append("| ").append(title).append(" |");
        series.keySet().forEach(name -> page.append(" ").append(name).append(" |"));
        page.append("\n|---|").append("---|".repeat(series.size())).append("\n");
        bySize.forEach((size, values) -> {
            page.append("| ").append(String.format(Locale.ROOT, "%,d", size)).append(" records |");
            series.keySet().forEach(name -> page.append(" ").append(values.containsKey(name)
                    ? number(values.get(name)) : "").append(" |"));
            page.append("\n");
        });
    }

    /** A growth series by database: size to value. */
    private Map<String, Map<Long, Double>> series(String name) {
        Map<String, Map<Long, Double>> byDatabase = new TreeMap<>();
        for (JsonNode point : kind("point")) {
            if (point.get("group").asText().equals(name)) {
                byDatabase.computeIfAbsent(point.get("label").asText(), d -> new TreeMap<>())
                        .put(point.get("size").asLong(), point.get("value").asDouble());
            }
        }
        return byDatabase;
    }

    private void reproduce() {
        page.append("\n## Reproduce one figure\n\n")
                .append("`./bench` runs all of the below and writes this page (`./bench --quick` is the smoke run CI "
                        + "makes). Each script builds what it needs and prints its figures; with "
                        + "`-Dbench.results=<file>` in `JAVA_TOOL_OPTIONS` it also appends them as JSON lines.\n\n")
                .append("```console\n")
                .append("$ benchmarks/run-jmh IdentifierBenchmark                 # any JMH regex and options\n")
                .append("$ benchmarks/run-jmh 'SanctionProfileBenchmark' -p records=1000\n")
                .append("$ benchmarks/run-ingest 100000 3                          # rows, rounds\n")
                .append("$ benchmarks/run-files read 1000000 200000 3              # CSV rows, XLSX rows, rounds\n")
                .append("$ benchmarks/run-growth postgresql 1000,10000,100000,1000000 1000 10\n")
                .append("$ benchmarks/run-growth h2 1000,10000,100000,1000000 1000 0\n")
                .append("$ benchmarks/run-http 1000000 32 20                       # rows, connections, seconds\n")
                .append("```\n");
    }

    private List<JsonNode> kind(String kind) {
        return entries.stream().filter(entry -> kind.equals(entry.get("kind").asText())).toList();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
