package org.sicredit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JMH's JSON results ({@code -rf json}), one score per benchmark and parameters, with its 99.9% error. */
final class JmhResults {

    /** One benchmark's result: {@code name} is the class's simple name, a dot and the method, then any parameters. */
    record Score(String name, double score, double error, String unit, int iterations, int forks) {

        String formatted() {
            return Double.isNaN(error) ? BenchPage.number(score) + " " + unit
                    : BenchPage.number(score) + " ± " + BenchPage.number(error) + " " + unit;
        }
    }

    private final List<Score> scores;

    private JmhResults(List<Score> scores) {
        this.scores = scores;
    }

    static JmhResults read(Path json) throws IOException {
        List<Score> scores = new ArrayList<>();
        if (!Files.exists(json)) {
            return new JmhResults(scores);
        }
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            String[] parts = run.get("benchmark").asText().split("\\.");
            StringBuilder name = new StringBuilder(parts[parts.length - 2] + "." + parts[parts.length - 1]);
            JsonNode params = run.get("params");
            if (params != null) {
                for (Map.Entry<String, JsonNode> param : params.properties()) {
                    name.append(" ").append(param.getKey()).append("=").append(param.getValue().asText());
                }
            }
            JsonNode metric = run.get("primaryMetric");
            scores.add(new Score(name.toString(), metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                    metric.get("scoreUnit").asText(), run.get("measurementIterations").asInt(),
                    run.get("forks").asInt()));
        }
        return new JmhResults(scores);
    }

    List<Score> all() {
        return scores;
    }

    Optional<Score> find(String name) {
        return scores.stream().filter(score -> score.name().equals(name)).findFirst();
    }

    List<Score> of(String benchmarkClass) {
        return scores.stream().filter(score -> score.name().startsWith(benchmarkClass + ".")).toList();
    }
}
