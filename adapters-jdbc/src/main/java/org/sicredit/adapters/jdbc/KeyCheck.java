package org.sicredit.adapters.jdbc;

import org.sicredit.adapters.jdbc.crypto.KeyRing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Matches a key ring against the keys the database was written with, kept in {@code key_check} as check values, before
 * any store is handed out:
 * <ul>
 *     <li>an empty database registers the ring's keys;</li>
 *     <li>a database that knows its keys accepts a ring that holds every one of them, unchanged, and registers the
 *     ring's new keys (a rotation); any other ring is refused with {@link KeyRingMismatchException}, naming the key
 *     ids the database expects;</li>
 *     <li>a database that holds sealed values but was stored before check values existed adopts the ring once, only
 *     after a sample of its rows opens and matches its own blind indexes.</li>
 * </ul>
 * Two processes that start together on an empty database with different rings race to register; the database's
 * unique key decides, and the loser is refused like any other mismatch.
 */
final class KeyCheck {

    static final String INDEX = "#index";
    private static final int SAMPLE = 20;

    private KeyCheck() {
    }

    static void verify(DataSource dataSource, KeyRing keys) {
        try {
            verifyOnce(dataSource, keys);
        } catch (SQLException first) {
            if (!"23505".equals(first.getSQLState())) {
                throw new IllegalStateException("the key check could not be read: " + first.getSQLState(), first);
            }
            try {
                verifyOnce(dataSource, keys);
            } catch (SQLException second) {
                throw new IllegalStateException("the key check could not be read: " + second.getSQLState(), second);
            }
        }
    }

    /**
     * What is wrong with {@code keys} for this database, read only: empty when it holds every key the database
     * registered; the mismatch (key ids, never key material) otherwise, or that no key was ever registered.
     */
    static Optional<String> mismatch(DataSource dataSource, KeyRing keys) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> known = known(connection);
            if (known.isEmpty()) {
                return Optional.of("no key is registered in the database");
            }
            match(known, keys);
            return Optional.empty();
        } catch (KeyRingMismatchException mismatch) {
            return Optional.of(mismatch.getMessage());
        } catch (SQLException unreadable) {
            return Optional.of("the key check could not be read (SQLState " + unreadable.getSQLState() + ")");
        }
    }

    private static void verifyOnce(DataSource dataSource, KeyRing keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, String> known = known(connection);
                SortedSet<String> fresh = new TreeSet<>(keys.keyIds());
                if (known.isEmpty()) {
                    adoptIfSealed(connection, keys);
                    register(connection, INDEX, "INDEX", keys.indexCheckValue());
                } else {
                    match(known, keys);
                    fresh.removeAll(known.keySet());
                }
                for (String keyId : fresh) {
                    register(connection, keyId, "ENCRYPTION", keys.checkValue(keyId));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Map<String, String> known(Connection connection) throws SQLException {
        Map<String, String> known = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key_id, check_value FROM key_check")) {
            while (rows.next()) {
                known.put(rows.getString(1), rows.getString(2).strip());
            }
        }
        return known;
    }

    private static void match(Map<String, String> known, KeyRing keys) {
        SortedSet<String> expected = new TreeSet<>(known.keySet());
        expected.remove(INDEX);
        SortedSet<String> missing = new TreeSet<>();
        SortedSet<String> different = new TreeSet<>();
        for (String keyId : expected) {
            if (!keys.keyIds().contains(keyId)) {
                missing.add(keyId);
            } else if (!keys.checkValue(keyId).equals(known.get(keyId))) {
                different.add(keyId);
            }
        }
        boolean indexDiffers = known.containsKey(INDEX) && !keys.indexCheckValue().equals(known.get(INDEX));
        if (!missing.isEmpty() || !different.isEmpty() || indexDiffers) {
            throw new KeyRingMismatchException("The database was written with the keys " + expected
                    + " and its blind-index key; this ring holds " + keys.keyIds()
                    + (missing.isEmpty() ? "" : "; missing: " + missing)
                    + (different.isEmpty() ? "" : "; not the same key under the same id: " + different)
                    + (indexDiffers ? "; the blind-index key is another" : "") + ".", expected);
        }
    }

    /** A database stored before check values: its sealed values must open, and match their blind indexes. */
    private static void adoptIfSealed(Connection connection, KeyRing keys) throws SQLException {
        SortedSet<String> used = new TreeSet<>();
        String problem = sample(connection, keys, used, "SELECT id, key_id, legal_rep_id_cipher, legal_rep_id_index "
                + "FROM dishonesty_record WHERE legal_rep_id_cipher IS NOT NULL ORDER BY id", "/legal_rep_id", "");
        if (problem == null) {
            problem = sample(connection, keys, used, "SELECT id, key_id, subject_id_cipher, subject_key "
                    + "FROM dishonesty_record WHERE subject_id_cipher IS NOT NULL ORDER BY id", "/subject_id", "h:");
        }
        if (problem != null) {
            throw new KeyRingMismatchException("The database holds sealed numbers that this ring does not open as "
                    + "they were filed (" + problem + ").", used);
        }
    }

    private static String sample(Connection connection, KeyRing keys, SortedSet<String> used, String query,
                                 String column, String indexPrefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setMaxRows(SAMPLE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    String keyId = rows.getString(2);
                    used.add(keyId);
                    if (!keys.keyIds().contains(keyId)) {
                        return "key " + keyId + " is not in the ring";
                    }
                    String opened;
                    try {
                        opened = keys.open(keyId, rows.getBytes(3), id + column);
                    } catch (IllegalStateException wrongKey) {
                        return "a value sealed with " + keyId + " does not open";
                    }
                    if (!(indexPrefix + keys.blindIndex(opened)).equals(rows.getString(4))) {
                        return "a number opened with " + keyId + " is not filed under its blind index";
                    }
                }
            }
        }
        return null;
    }

    private static void register(Connection connection, String keyId, String purpose, String checkValue)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO key_check (key_id, purpose, check_value, registered_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, keyId);
            insert.setString(2, purpose);
            insert.setString(3, checkValue);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
