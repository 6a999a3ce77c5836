package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default keeps its files to their owner and its database behind a generated password. */
class EmbeddedDefaultTest {

    @TempDir
    Path dir;

    @Test
    void a_new_data_directory_is_the_owners_alone_and_its_database_opens_only_with_the_generated_password()
            throws Exception {
        Path data = dir.resolve("data");

        try (HikariDataSource pool = DataSources.embeddedH2(data); Connection connection = pool.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("sicredit.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve(DataSources.H2_PASSWORD_FILE))).isEqualTo("rw-------");
        String password = Files.readString(data.resolve(DataSources.H2_PASSWORD_FILE)).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        assertThatThrownBy(() -> open(data, "")).isInstanceOf(SQLException.class);
        try (Connection connection = open(data, password)) {
            assertThat(connection.isValid(1)).isTrue();
        }
        try (HikariDataSource again = DataSources.embeddedH2(data); Connection connection = again.getConnection()) {
            assertThat(connection.isValid(1)).as("the same password is read again").isTrue();
        }
    }

    /**
     * A month's report claims every record of the month in one query; past H2's default of 40,000 rows a result is
     * written to a temporary file row by row (a 97,000-record month took 26.1 s to report, 7.1 s kept in memory; the
     * records are held by the caller anyway). Measured by benchmarks/run-growth h2.
     */
    @Test
    void the_embedded_database_keeps_results_of_up_to_a_million_rows_in_memory() throws Exception {
        try (HikariDataSource pool = DataSources.embeddedH2(dir.resolve("data"));
             Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SELECT setting_value FROM information_schema.settings "
                     + "WHERE LOWER(setting_name) = 'max_memory_rows'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("1000000");
        }
    }

    @Test
    void a_database_created_before_passwords_were_generated_gets_one_on_its_first_open_and_keeps_its_data()
            throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data);
        try (Connection legacy = open(data, ""); Statement statement = legacy.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO kept VALUES (42)");
        }

        try (HikariDataSource pool = DataSources.embeddedH2(data); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet kept = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(42);
        }

        assertThatThrownBy(() -> open(data, "")).isInstanceOf(SQLException.class);
        assertThat(permissions(data.resolve("sicredit.mv.db"))).isEqualTo("rw-------");
    }

    private static Connection open(Path data, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("sicredit")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", password);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
