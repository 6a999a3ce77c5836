package org.sicredit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java file of every module lists its imports in three groups, each sorted, one blank line between: other
 * libraries and sicredit, then {@code java}/{@code javax}, then static imports — so a newcomer finds an import where
 * the last one was, and a merge never fights over order.
 */
class ImportOrderTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void every_java_file_in_the_repository_has_its_imports_in_order() {
        List<String> unordered = javaFiles().filter(file -> !inOrder(read(file)))
                .map(file -> REPOSITORY.relativize(file).toString()).toList();

        assertThat(javaFiles().count()).isGreaterThan(200);
        assertThat(unordered).isEmpty();
    }

    @Test
    void imports_out_of_order_in_a_group_across_groups_or_without_their_blank_line_are_refused() {
        assertThat(inOrder("package a;\n\nimport io.vavr.Lazy;\nimport org.b.C;\n\nimport java.util.List;\n\n"
                + "import static org.x.Y.z;\n\nclass A {}\n")).isTrue();
        assertThat(inOrder("package a;\n\nimport org.b.C;\nimport io.vavr.Lazy;\n\nclass A {}\n")).isFalse();
        assertThat(inOrder("package a;\n\nimport java.util.List;\n\nimport org.b.C;\n\nclass A {}\n")).isFalse();
        assertThat(inOrder("package a;\n\nimport org.b.C;\nimport java.util.List;\n\nclass A {}\n")).isFalse();
        assertThat(inOrder("package a;\n\nimport static org.x.Y.z;\n\nimport org.b.C;\n\nclass A {}\n")).isFalse();
        assertThat(inOrder("package a;\n\nclass A {}\n")).isTrue();
    }

    /** The imports exactly as the three sorted groups would write them. */
    static boolean inOrder(String source) {
        List<String> block = importBlock(source);
        List<String> others = new ArrayList<>();
        List<String> javas = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        for (String line : block) {
            if (line.startsWith("import static ")) {
                statics.add(line);
            } else if (line.startsWith("import java.") || line.startsWith("import javax.")) {
                javas.add(line);
            } else if (line.startsWith("import ")) {
                others.add(line);
            }
        }
        List<String> expected = new ArrayList<>();
        for (List<String> group : List.of(others, javas, statics)) {
            if (group.isEmpty()) {
                continue;
            }
            if (!expected.isEmpty()) {
                expected.add("");
            }
            expected.addAll(group.stream().sorted().toList());
        }
        return expected.equals(block);
    }

    private static List<String> importBlock(String source) {
        List<String> lines = source.lines().toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("import ")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? List.of() : lines.subList(first, last + 1);
    }

    private static Stream<Path> javaFiles() {
        try {
            return Files.walk(REPOSITORY)
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
