package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.ReadinessPort;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@link ReadinessPort} on the database the stores use: it answers (a connection validated within two seconds), its
 * schema is this build's — no migration of sicredit's pending, none applied that this build does not know, none
 * failed — and the key ring is the one the database was written with (when one is given: the stores' own readiness
 * always checks it). Never throws; a fault names its SQLState, Flyway's state or key ids, never a value.
 */
final class JdbcReadiness implements ReadinessPort {

    private static final int SECONDS = 2;

    private final DataSource dataSource;
    private final String[] locations;
    private final KeyRing keys;

    JdbcReadiness(DataSource dataSource, String[] locations, KeyRing keys) {
        this.dataSource = dataSource;
        this.locations = locations.clone();
        this.keys = keys;
    }

    @Override
    public Seq<Check> checks() {
        Seq<Check> schema = schema();
        return schema.append(schema.forAll(Check::ok) ? keys() : new Check("keys", false,
                "数据库不可达或结构不是当前版本，无法核对密钥",
                "The database cannot be reached or its schema is not current, so the keys cannot be checked"));
    }

    /** The database answers and its schema is this build's: the checks that need no key ring. */
    Seq<Check> schema() {
        Check database = database();
        return List.of(database, database.ok() ? migrations() : new Check("migrations", false,
                "数据库不可达，无法核对迁移", "The database cannot be reached, so its migrations cannot be checked"));
    }

    private Check keys() {
        return KeyCheck.mismatch(dataSource, keys)
                .map(problem -> new Check("keys", false, "密钥与数据库写入时所用的不一致：" + problem,
                        "The key ring is not the one the database was written with: " + problem))
                .orElseGet(() -> new Check("keys", true, "密钥与数据库一致", "The key ring matches the database"));
    }

    private Check database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(SECONDS)
                    ? new Check("database", true, "数据库可达", "The database answers")
                    : new Check("database", false, "数据库在 " + SECONDS + " 秒内未应答", "The database did not answer within "
                            + SECONDS + " seconds");
        } catch (SQLException | RuntimeException unreachable) {
            String state = unreachable instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "?";
            return new Check("database", false, "数据库不可达（SQLState " + state + "）", "The database cannot be reached "
                    + "(SQLState " + state + ")");
        }
    }

    private Check migrations() {
        try {
            MigrationInfoService info = Flyway.configure().dataSource(dataSource).locations(locations)
                    .table(JdbcStores.HISTORY_TABLE).load().info();
            int pending = info.pending().length;
            long failed = java.util.Arrays.stream(info.all()).filter(migration -> migration.getState().isFailed()).count();
            long unknown = java.util.Arrays.stream(info.applied()).filter(migration -> !migration.getState().isResolved())
                    .count();
            MigrationInfo current = info.current();
            String version = current == null ? "none" : String.valueOf(current.getVersion());
            if (pending == 0 && failed == 0 && unknown == 0 && current != null) {
                return new Check("migrations", true, "数据库结构为当前版本（V" + version + "）", "The schema is current (V"
                        + version + ")");
            }
            return new Check("migrations", false, "数据库结构不是当前版本（V" + version + "；待执行 " + pending + "，失败 " + failed
                    + "，本版本未知 " + unknown + "）", "The schema is not current (V" + version + "; " + pending
                    + " pending, " + failed + " failed, " + unknown + " unknown to this build)");
        } catch (RuntimeException unreadable) {
            return new Check("migrations", false, "无法读取迁移记录", "The migration history cannot be read");
        }
    }
}
