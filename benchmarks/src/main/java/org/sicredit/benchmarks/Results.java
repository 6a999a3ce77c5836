package org.sicredit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a bench measured, kept for the results page: each bench program prints its figures as before and, when
 * {@code -Dbench.results=<file>} names a file, appends them to it as JSON lines that {@link BenchPage} reads.
 * <ul>
 *   <li>a <b>figure</b>: a value with its unit and spread (the lowest and highest of the rounds);</li>
 *   <li>a <b>target</b>: a figure held to a bound — most often a ratio, sicredit's figure over its reference's, both
 *       measured in the same run ({@code atLeast}: the value must reach the target; otherwise stay at or below it);</li>
 *   <li>a <b>point</b> of a growth series: a size and a value, drawn by the page.</li>
 * </ul>
 */
public final class Results {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Results() {
    }

    public static void figure(String group, String label, double value, String unit, double low, double high) {
        append(entry("figure", group, label).with("value", value).with("unit", unit).with("low", low)
                .with("high", high));
    }

    /** A load's rate with its latencies: p50 and p99 in milliseconds. */
    public static void load(String group, String label, double rate, String unit, double p50, double p99) {
        append(entry("figure", group, label).with("value", rate).with("unit", unit).with("low", p50)
                .with("high", p99).with("latency", true));
    }

    public static void target(String group, String label, double value, String unit, double target,
                              boolean atLeast) {
        append(entry("target", group, label).with("value", value).with("unit", unit).with("target", target)
                .with("atLeast", atLeast));
    }

    public static void point(String series, String database, long size, double value, String unit) {
        append(entry("point", series, database).with("size", size).with("value", value).with("unit", unit));
    }

    /** The machine facts a bench alone knows (the PostgreSQL version and its durability settings). */
    public static void fact(String name, String value) {
        append(entry("fact", "machine", name).with("value", value));
    }

    private static Entry entry(String kind, String group, String label) {
        return new Entry(new LinkedHashMap<>()).with("kind", kind).with("group", group).with("label", label);
    }

    private static synchronized void append(Entry entry) {
        String file = System.getProperty("bench.results");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), JSON.writeValueAsString(entry.values()) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(Map<String, Object> values) {
        Entry with(String key, Object value) {
            values.put(key, value);
            return this;
        }
    }
}
