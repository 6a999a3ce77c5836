package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's five-minute tour, followed to the letter: every {@code $ } command of its {@code console} blocks run
 * by bash in a fresh directory (with {@code ./sicredit} the built jar), its standard output checked against the lines
 * the README shows. A shown line must appear, in order, in what the command printed; {@code …} in a line stands for
 * any text; {@code <NAME>} stands for a value printed once (a key, an id) and means that value from then on. The
 * server the tour starts ({@code ./sicredit serve}) runs on a free port in place of 8080, and is stopped, as the tour
 * says, before the first console command that opens its database.
 */
class ReadmeTourIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Z][A-Z-]*)>");

    @TempDir
    Path work;

    private final Map<String, String> values = new HashMap<>();
    private Program.Running server;
    private String address = "127.0.0.1:8080";

    @Test
    void the_tour_in_the_readme_prints_what_the_readme_shows() throws Exception {
        List<Step> steps = steps(tour());
        assertThat(steps).as("the tour's commands").hasSizeGreaterThan(8);
        Path launcher = work.resolve("sicredit");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -jar '" + Program.jar() + "' \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            for (Step step : steps) {
                run(step);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void run(Step step) throws Exception {
        String command = substitute(step.command());
        if (command.startsWith("./sicredit serve")) {
            List<String> args = new ArrayList<>(List.of(command.substring("./sicredit ".length()).split(" +")));
            args.addAll(List.of("--port", "0"));
            server = new Program(work, Map.of()).start(args.toArray(String[]::new));
            Matcher serving = server.await(Pattern.compile("http://(127\\.0\\.0\\.1:\\d+)/api/v1"), Duration.ofMinutes(3));
            server.await(Pattern.compile("PROVIDER +sk_"), Duration.ofSeconds(10));
            address = serving.group(1);
            check(step, server.out());
            return;
        }
        if (server != null && command.contains("./sicredit")) {
            server.terminate();
            server = null;
        }
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
                .redirectError(work.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command).isTrue();
        check(step, out);
    }

    /** Each shown line matched, in order, by a line printed; placeholders seen for the first time are bound. */
    private void check(Step step, String printed) {
        List<String> lines = printed.replace("\uFEFF", "").replace("\r", "").lines().toList();
        int at = 0;
        for (String shown : step.output()) {
            if (shown.isBlank() || shown.strip().equals("…")) {
                continue;
            }
            Pattern pattern = pattern(substitute(shown));
            boolean found = false;
            while (at < lines.size() && !found) {
                Matcher matcher = pattern.matcher(lines.get(at++).stripTrailing());
                if (matcher.matches()) {
                    bind(substitute(shown), matcher);
                    found = true;
                }
            }
            assertThat(found).as("`%s` printed a line like%n  %s%nin order; it printed:%n%s", step.command(), shown,
                    printed).isTrue();
        }
    }

    private Pattern pattern(String shown) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(shown);
        int from = 0;
        int group = 0;
        while (placeholder.find()) {
            regex.append(literal(shown.substring(from, placeholder.start())));
            regex.append("(?<g").append(group++).append(">[^\\s\",]+)");
            from = placeholder.end();
        }
        regex.append(literal(shown.substring(from)));
        return Pattern.compile(regex.toString().stripTrailing());
    }

    private static String literal(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("…", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return String.join(".*", parts);
    }

    private void bind(String shown, Matcher matcher) {
        Matcher placeholder = PLACEHOLDER.matcher(shown);
        int group = 0;
        while (placeholder.find()) {
            values.put(placeholder.group(1), matcher.group("g" + group++));
        }
    }

    private String substitute(String text) {
        String result = text.replace("127.0.0.1:8080", address);
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("<" + value.getKey() + ">", value.getValue());
        }
        return result;
    }

    /** A command as typed (continuation lines and here-documents joined) and the output lines shown under it. */
    private record Step(String command, List<String> output) {
    }

    private static String tour() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("sicredit.readme")), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- tour:start -->");
        int end = readme.indexOf("<!-- tour:end -->");
        assertThat(start).as("the README marks its tour").isNotNegative().isLessThan(end);
        return readme.substring(start, end);
    }

    private static List<Step> steps(String tour) {
        List<Step> steps = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder command = null;
        String hereDocument = null;
        List<String> output = new ArrayList<>();
        for (String line : tour.lines().toList()) {
            if (line.startsWith("```")) {
                if (inBlock && command != null) {
                    steps.add(new Step(command.toString(), List.copyOf(output)));
                    command = null;
                }
                inBlock = !inBlock && line.equals("```console");
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (command != null && (hereDocument != null || command.toString().endsWith("\\"))) {
                command.append('\n').append(line);
                if (hereDocument != null && line.equals(hereDocument)) {
                    hereDocument = null;
                }
                continue;
            }
            if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command.toString(), List.copyOf(output)));
                }
                command = new StringBuilder(line.substring(2));
                output.clear();
                Matcher here = Pattern.compile("<<'?(\\w+)'?").matcher(line);
                hereDocument = here.find() ? here.group(1) : null;
            } else if (command != null) {
                output.add(line);
            }
        }
        return steps;
    }
}
