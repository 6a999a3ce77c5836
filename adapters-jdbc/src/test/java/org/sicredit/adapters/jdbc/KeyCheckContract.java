package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A database knows the keys it was written with: a lost key file, replaced by a new one, must stop sicredit at start
 * instead of making every stored subject look clean (issue 12, the critical finding). Run on H2 and PostgreSQL.
 */
abstract class KeyCheckContract {

    private final java.util.List<HikariDataSource> opened = new ArrayList<>();

    /** A new, empty database. */
    protected abstract HikariDataSource newDatabase();

    @AfterEach
    void close() {
        opened.forEach(HikariDataSource::close);
    }

    @Test
    void an_empty_database_registers_its_ring_and_the_same_ring_starts_again() throws Exception {
        HikariDataSource database = database();
        KeyRing ring = KeyRing.generate();

        migrate(database, ring);
        migrate(database, ring);

        assertThat(checks(database)).containsOnlyKeys(ring.activeKeyId(), KeyCheck.INDEX)
                .containsEntry(ring.activeKeyId(), ring.checkValue(ring.activeKeyId()))
                .doesNotContainValue(java.util.HexFormat.of().formatHex(new byte[32]));
    }

    @Test
    void a_new_ring_for_a_database_that_holds_records_is_refused_naming_the_keys_it_expects() throws Exception {
        HikariDataSource database = database();
        KeyRing original = KeyRing.generate();
        DishonestyRecord stored = aRecord().ofAnIndividual().fraudOf("12000.00").build();
        migrate(database, original).records().saveAll(List.of(Save.created(stored))).get();
        Map<String, String> before = checks(database);

        assertThatThrownBy(() -> migrate(database, KeyRing.generate()))
                .isInstanceOf(KeyRingMismatchException.class)
                .hasMessageContaining(original.activeKeyId())
                .hasMessageContaining("密钥与数据库不符")
                .satisfies(refused -> assertThat(((KeyRingMismatchException) refused).expectedKeyIds())
                        .containsExactly(original.activeKeyId()));

        assertThat(checks(database)).isEqualTo(before);
        assertThat(migrate(database, original).records().findBySubject(stored.content().subject().identifier()))
                .hasSize(1);
    }

    @Test
    void a_rotation_adds_a_key_and_a_ring_that_dropped_an_old_key_is_refused() throws Exception {
        HikariDataSource database = database();
        KeyRing first = KeyRing.of(Map.of("k-old", bytes(1)), "k-old", bytes(9));
        DishonestyRecord old = aRecord().documentNumber("OLD-1").build();
        migrate(database, first).records().saveAll(List.of(Save.created(old))).get();
        KeyRing rotated = KeyRing.of(Map.of("k-old", bytes(1), "k-new", bytes(2)), "k-new", bytes(9));

        JdbcStores stores = migrate(database, rotated);
        stores.records().saveAll(List.of(Save.created(aRecord().documentNumber("NEW-1").build()))).get();

        assertThat(checks(database)).containsOnlyKeys("k-old", "k-new", KeyCheck.INDEX);
        assertThat(stores.records().findBySubject(old.content().subject().identifier())).hasSize(2);
        assertThatThrownBy(() -> migrate(database, KeyRing.of(Map.of("k-new", bytes(2)), "k-new", bytes(9))))
                .isInstanceOf(KeyRingMismatchException.class).hasMessageContaining("missing: [k-old]");
        assertThatThrownBy(() -> migrate(database, KeyRing.of(Map.of("k-old", bytes(3), "k-new", bytes(2)), "k-new",
                bytes(9)))).isInstanceOf(KeyRingMismatchException.class)
                .hasMessageContaining("not the same key under the same id: [k-old]");
        assertThatThrownBy(() -> migrate(database, KeyRing.of(Map.of("k-old", bytes(1), "k-new", bytes(2)), "k-new",
                bytes(8)))).isInstanceOf(KeyRingMismatchException.class)
                .hasMessageContaining("the blind-index key is another");
    }

    @Test
    void a_database_stored_before_key_checks_adopts_a_ring_only_once_its_rows_open_as_they_were_filed()
            throws Exception {
        HikariDataSource database = database();
        KeyRing original = KeyRing.generate();
        migrate(database, original).records().saveAll(List.of(
                Save.created(aRecord().documentNumber("A-1").build()),
                Save.created(aRecord().documentNumber("A-2").ofAnIndividual().fraudOf("12000.00").build()))).get();
        TestDatabases.execute(database, "DELETE FROM key_check");
        KeyRing sameIdOtherKey = KeyRing.of(Map.of(original.activeKeyId(), bytes(5)), original.activeKeyId(),
                bytes(6));

        assertThatThrownBy(() -> migrate(database, KeyRing.generate())).isInstanceOf(KeyRingMismatchException.class)
                .hasMessageContaining("is not in the ring");
        assertThatThrownBy(() -> migrate(database, sameIdOtherKey)).isInstanceOf(KeyRingMismatchException.class)
                .hasMessageContaining("does not open");
        assertThat(checks(database)).isEmpty();

        migrate(database, original);

        assertThat(checks(database)).containsOnlyKeys(original.activeKeyId(), KeyCheck.INDEX);
        assertThatThrownBy(() -> migrate(database, KeyRing.generate())).isInstanceOf(KeyRingMismatchException.class);
    }

    @Test
    void two_first_starts_with_different_rings_leave_one_ring_registered_and_refuse_the_other() throws Exception {
        HikariDataSource database = database();
        migrate(database, KeyRing.generate());
        TestDatabases.execute(database, "DELETE FROM key_check");
        KeyRing one = KeyRing.generate();
        KeyRing two = KeyRing.generate();
        CyclicBarrier start = new CyclicBarrier(2);

        java.util.List<Throwable> outcomes = together(() -> verify(database, one, start),
                () -> verify(database, two, start));

        assertThat(outcomes.stream().filter(outcome -> outcome == null)).hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> outcome instanceof KeyRingMismatchException)).hasSize(1);
        KeyRing winner = outcomes.get(0) == null ? one : two;
        assertThat(checks(database)).containsOnlyKeys(winner.activeKeyId(), KeyCheck.INDEX)
                .containsEntry(KeyCheck.INDEX, winner.indexCheckValue());
    }

    private Throwable verify(HikariDataSource database, KeyRing ring, CyclicBarrier start) throws Exception {
        start.await();
        try {
            KeyCheck.verify(database, ring);
            return null;
        } catch (KeyRingMismatchException refused) {
            return refused;
        }
    }

    @SafeVarargs
    private static java.util.List<Throwable> together(Callable<Throwable>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            java.util.List<Future<Throwable>> futures = new ArrayList<>();
            for (Callable<Throwable> callable : work) {
                futures.add(pool.submit(callable));
            }
            java.util.List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException failed) {
                    outcomes.add(failed.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private HikariDataSource database() {
        HikariDataSource database = newDatabase();
        opened.add(database);
        return database;
    }

    private static JdbcStores migrate(HikariDataSource database, KeyRing ring) {
        return JdbcStores.migrate(database, ring, Policies.defaultBook());
    }

    private static Map<String, String> checks(HikariDataSource database) throws SQLException {
        Map<String, String> checks = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key_id, check_value FROM key_check")) {
            while (rows.next()) {
                checks.put(rows.getString(1), rows.getString(2).strip());
            }
        }
        return checks;
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 41 + i * 13);
        }
        return key;
    }
}
