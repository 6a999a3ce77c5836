package org.sicredit.adapters.jdbc.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTest {

    private static final byte[] OLD = filled(1);
    private static final byte[] NEW = filled(2);
    private static final byte[] INDEX = filled(3);

    @Test
    void a_sealed_number_opens_only_with_its_key_and_its_context_and_never_shows_in_clear() {
        KeyRing keys = KeyRing.of(Map.of("k1", OLD), "k1", INDEX);

        byte[] sealed = keys.seal("440524188001010014", "row-1/subject_id");

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("440524188001010014");
        assertThat(keys.open("k1", sealed, "row-1/subject_id")).isEqualTo("440524188001010014");
        assertThatThrownBy(() -> keys.open("k1", sealed, "row-2/subject_id")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("440524188001010014");
        assertThat(keys.seal("440524188001010014", "row-1/subject_id")).as("a fresh IV every time").isNotEqualTo(sealed);
    }

    @Test
    void after_a_rotation_new_rows_use_the_new_key_and_old_rows_still_open_with_theirs() {
        byte[] sealedBefore = KeyRing.of(Map.of("k1", OLD), "k1", INDEX).seal("11010519491231002X", "r/legal_rep_id");
        KeyRing rotated = KeyRing.of(Map.of("k1", OLD, "k2", NEW), "k2", INDEX);

        assertThat(rotated.activeKeyId()).isEqualTo("k2");
        assertThat(rotated.open("k1", sealedBefore, "r/legal_rep_id")).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> rotated.open("k2", sealedBefore, "r/legal_rep_id"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeyRing.of(Map.of("k2", NEW), "k2", INDEX).open("k1", sealedBefore, "r/legal_rep_id"))
                .hasMessageContaining("no key k1");
    }

    @Test
    void the_blind_index_is_stable_keyed_and_not_the_number() {
        KeyRing keys = KeyRing.of(Map.of("k1", OLD), "k1", INDEX);
        KeyRing otherIndex = KeyRing.of(Map.of("k1", OLD), "k1", NEW);

        assertThat(keys.blindIndex("440524188001010014")).hasSize(64)
                .isEqualTo(keys.blindIndex("440524188001010014"))
                .isNotEqualTo(keys.blindIndex("11010519491231002X"))
                .isNotEqualTo(otherIndex.blindIndex("440524188001010014"));
        assertThat(keys.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(OLD));
    }

    @Test
    void rejects_keys_of_the_wrong_size_an_unknown_active_key_and_odd_key_ids() {
        assertThatThrownBy(() -> KeyRing.of(Map.of("k1", new byte[16]), "k1", INDEX)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyRing.of(Map.of("k1", OLD), "k9", INDEX)).hasMessageContaining("k9");
        assertThatThrownBy(() -> KeyRing.of(Map.of("k 1", OLD), "k 1", INDEX)).hasMessageContaining("key id");
    }

    @Test
    void the_embedded_key_file_is_created_once_readable_only_by_its_owner_and_read_back_the_same(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("data").resolve("sicredit.keys");

        KeyRing created = KeyFile.loadOrCreate(file);
        String contents = Files.readString(file);
        KeyRing read = KeyFile.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).as("not rewritten on the second start").isEqualTo(contents);
        byte[] sealed = created.seal("440524188001010014", "x");
        assertThat(read.open(created.activeKeyId(), sealed, "x")).isEqualTo("440524188001010014");
        assertThat(read.blindIndex("440524188001010014")).isEqualTo(created.blindIndex("440524188001010014"));
    }

    @Test
    void an_all_zero_or_constant_key_is_refused_as_not_random() {
        byte[] zero = new byte[32];
        byte[] constant = new byte[32];
        java.util.Arrays.fill(constant, (byte) 7);

        assertThatThrownBy(() -> KeyRing.of(Map.of("k1", zero), "k1", INDEX)).hasMessageContaining("key k1 is not random");
        assertThatThrownBy(() -> KeyRing.of(Map.of("k1", OLD), "k1", constant))
                .hasMessageContaining("index key is not random");
    }

    @Test
    void a_check_value_tells_keys_apart_without_being_any_of_them() {
        KeyRing keys = KeyRing.of(Map.of("k1", OLD, "k2", NEW), "k2", INDEX);

        assertThat(keys.checkValue("k1")).hasSize(64).isNotEqualTo(keys.checkValue("k2"))
                .isEqualTo(KeyRing.of(Map.of("k1", OLD), "k1", NEW).checkValue("k1"))
                .isNotEqualTo(java.util.HexFormat.of().formatHex(OLD));
        assertThat(keys.indexCheckValue()).isNotEqualTo(KeyRing.of(Map.of("k1", OLD), "k1", NEW).indexCheckValue());
        assertThat(keys.keyIds()).containsExactly("k1", "k2");
        assertThat(KeyRing.generate().activeKeyId()).matches("k[0-9a-f]{12}")
                .isNotEqualTo(KeyRing.generate().activeKeyId());
        assertThatThrownBy(() -> keys.checkValue("k9")).hasMessageContaining("k9");
    }

    /** A deterministic key that looks random enough: 32 different bytes, a different set for each value. */
    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (value * 37 + i * 11);
        }
        return key;
    }
}
