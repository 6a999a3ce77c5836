package org.sicredit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files and directories of a bench, removed when it exits: a bench run must not fill the disk. */
final class Scratch {

    private Scratch() {
    }

    static Path directory(String prefix) throws IOException {
        return removedOnExit(Files.createTempDirectory(prefix));
    }

    static Path file(String prefix, String suffix) throws IOException {
        return removedOnExit(Files.createTempFile(prefix, suffix));
    }

    private static Path removedOnExit(Path path) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(path)));
        return path;
    }

    private static void remove(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(each -> {
                try {
                    Files.deleteIfExists(each);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
