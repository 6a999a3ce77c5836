package org.sicredit.adapters.jdbc.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFileTest {

    @TempDir
    Path dir;

    @Test
    void two_hundred_threads_starting_at_once_all_read_the_one_key_ring_that_was_created() throws Exception {
        Path file = dir.resolve("sicredit.keys");
        int starts = 200;
        CyclicBarrier start = new CyclicBarrier(starts);
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return fingerprint(KeyFile.loadOrCreate(file));
                }));
            }
            Set<String> distinct = new TreeSet<>();
            for (Future<String> answer : answers) {
                distinct.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(distinct).hasSize(1);
            assertThat(distinct.iterator().next()).isEqualTo(fingerprint(KeyFile.read(file)));
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("sicredit.keys");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void six_processes_starting_at_once_all_read_the_one_key_ring_that_was_created() throws Exception {
        Path file = dir.resolve("shared").resolve("sicredit.keys");
        Path start = dir.resolve("start");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KeyFileRace.class.getName(), file.toString(),
                    start.toString()).redirectErrorStream(true).start());
        }
        Files.createFile(start);
        Set<String> distinct = new TreeSet<>();
        for (Process process : processes) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.exitValue()).as(output).isZero();
            distinct.add(output.lines().reduce((first, last) -> last).orElse(""));
        }

        assertThat(distinct).hasSize(1);
        KeyRing created = KeyFile.read(file);
        assertThat(distinct.iterator().next()).isEqualTo(created.activeKeyId() + " "
                + created.checkValue(created.activeKeyId()) + " " + created.indexCheckValue());
    }

    @Test
    void a_created_key_file_is_the_owners_alone_and_names_its_key_by_a_random_id() throws Exception {
        Path file = dir.resolve("sicredit.keys");

        KeyRing keys = KeyFile.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(keys.activeKeyId()).matches("k[0-9a-f]{12}");
        assertThat(KeyFile.loadOrCreate(dir.resolve("other.keys")).activeKeyId()).isNotEqualTo(keys.activeKeyId());
    }

    @Test
    void a_key_file_its_group_or_others_may_read_or_write_is_refused_by_name() throws Exception {
        Path file = dir.resolve("sicredit.keys");
        KeyFile.loadOrCreate(file);

        for (String loose : List.of("rw-r-----", "rw----r--", "rw--w----", "rw-rw-rw-")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(loose));
            assertThatThrownBy(() -> KeyFile.loadOrCreate(file)).as(loose).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("chmod 600");
        }
    }

    @Test
    void a_key_file_with_a_short_or_all_zero_key_is_refused_naming_the_file() throws Exception {
        Base64.Encoder base64 = Base64.getEncoder();
        String good = base64.encodeToString(random());
        Path zero = write("zero.keys", "active=k1\nkey.k1=" + base64.encodeToString(new byte[32]) + "\nindex=" + good);
        Path shortKey = write("short.keys", "active=k1\nkey.k1=" + base64.encodeToString(new byte[16]) + "\nindex="
                + good);

        assertThatThrownBy(() -> KeyFile.read(zero)).hasMessageContaining(zero.toString())
                .hasMessageContaining("not random");
        assertThatThrownBy(() -> KeyFile.read(shortKey)).hasMessageContaining(shortKey.toString())
                .hasMessageContaining("32 bytes");
    }

    @Test
    void keys_in_the_environment_variable_win_over_the_file_and_no_file_is_ever_created_from_them() throws Exception {
        Base64.Encoder base64 = Base64.getEncoder();
        KeyRing expected = KeyRing.of(Map.of("kenv", random()), "kenv", random());
        String variable = "active=kenv;key.kenv=" + base64.encodeToString(expected.encryptionKeys().get("kenv")
                .getEncoded()) + ";index=" + base64.encodeToString(expected.indexKey().getEncoded());
        Path file = dir.resolve("sicredit.keys");

        KeyRing keys = KeyFile.fromEnvironmentOr(name -> KeyFile.VARIABLE.equals(name) ? variable : null, file);

        assertThat(keys.activeKeyId()).isEqualTo("kenv");
        assertThat(keys.checkValue("kenv")).isEqualTo(expected.checkValue("kenv"));
        assertThat(Files.exists(file)).isFalse();
        assertThatThrownBy(() -> KeyFile.fromEnvironmentOr(name -> "active=kenv", file))
                .hasMessageContaining("the environment variable SICREDIT_KEYS is refused");
        assertThat(KeyFile.fromEnvironmentOr(name -> null, file).activeKeyId()).isNotEqualTo("kenv");
        assertThat(Files.exists(file)).isTrue();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    private static String fingerprint(KeyRing keys) {
        return keys.activeKeyId() + " " + keys.checkValue(keys.activeKeyId()) + " " + keys.indexCheckValue();
    }
}
