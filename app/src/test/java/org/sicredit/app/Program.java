package org.sicredit.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built program ({@code target/sicredit.jar}, from the {@code sicredit.jar} system property Failsafe sets) run as
 * a person runs it: its own process, in a working directory of the test's, with only the environment the test gives
 * (no {@code SICREDIT_*} of the machine's leaks in).
 */
final class Program {

    private final Path workingDirectory;
    private final Map<String, String> environment;

    Program(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    /** What a finished run printed and how it ended. */
    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        try {
            Path out = Files.createTempFile(workingDirectory, "out", ".txt");
            Path err = Files.createTempFile(workingDirectory, "err", ".txt");
            Process process = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("sicredit " + Arrays.toString(args) + " did not end in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A program left running (serve, a long ingest), its output read line by line as it comes. */
    Running start(String... args) {
        try {
            return new Running(builder(args).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SICREDIT_"));
        builder.environment().putAll(environment);
        return builder;
    }

    static Path jar() {
        String jar = System.getProperty("sicredit.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the program's jar is not built: run these tests with `./mvnw verify` "
                    + "(Failsafe, after package), not from the unit-test phase");
        }
        return Path.of(jar);
    }

    /** A running program: its standard output and error gathered by threads of their own. */
    static final class Running implements AutoCloseable {

        private final Process process;
        private final StringBuffer out = new StringBuffer();
        private final StringBuffer err = new StringBuffer();

        Running(Process process) {
            this.process = process;
            gather(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), out);
            gather(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), err);
        }

        private static void gather(BufferedReader reader, StringBuffer into) {
            Thread thread = new Thread(() -> {
                try (reader) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        into.append(line).append('\n');
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        /** The first match of {@code pattern} in standard output or error, waited for up to {@code timeout}. */
        Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = pattern.matcher(out + "\n" + err);
                if (matcher.find()) {
                    return matcher;
                }
                if (!process.isAlive()) {
                    Thread.sleep(200);
                    Matcher last = pattern.matcher(out + "\n" + err);
                    if (last.find()) {
                        return last;
                    }
                    throw new AssertionError("the program ended (exit " + process.exitValue() + ") before printing "
                            + pattern + ":\n" + out + "\n" + err);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("not printed within " + timeout + ": " + pattern + "\n" + out + "\n" + err);
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        /** SIGTERM, as an operator's {@code kill} or a service manager sends it; answers the exit code. */
        int terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed — a power cut, as far as the program knows. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
