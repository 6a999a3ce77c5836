package org.sicredit.app;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import org.sicredit.adapters.file.in.HolidayFiles;
import org.sicredit.adapters.file.in.SubmissionFiles;
import org.sicredit.adapters.file.out.ErrorReports;
import org.sicredit.adapters.file.out.PlatformExchangeDirectory;
import org.sicredit.adapters.file.out.ProviderNoticeDirectory;
import org.sicredit.adapters.http.out.HttpPlatformGateway;
import org.sicredit.adapters.http.out.HttpPlatformSettings;
import org.sicredit.adapters.http.out.HttpProviderNotifier;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.domain.policy.Policies;

import java.net.URI;
import java.time.Clock;

/**
 * The composition root: every port of {@link Sicredit} given its adapter from the settings — the JDBC stores on the
 * embedded H2 in the data directory or on the configured database, the key ring from {@code SICREDIT_KEYS} or the key
 * file beside the data, the shipped holiday schedules, the Platform and the providers over HTTP when a URL is set and
 * through the exchange directories under the data directory otherwise, the file reader and report writer. The one
 * place that knows every adapter; an embedding team copies it.
 */
final class Composition implements AutoCloseable {

    private final HikariDataSource database;
    private final JdbcStores stores;
    private final Sicredit sicredit;
    private final HolidayFiles holidays;

    private Composition(HikariDataSource database, JdbcStores stores, Sicredit sicredit, HolidayFiles holidays) {
        this.database = database;
        this.stores = stores;
        this.sicredit = sicredit;
        this.holidays = holidays;
    }

    static Composition open(AppSettings settings, Clock clock) {
        return open(settings, clock, Option.none());
    }

    /** The same, counting what is ingested on {@code metrics} (serve's). */
    static Composition open(AppSettings settings, Clock clock, Option<Metrics> metrics) {
        HikariDataSource database = settings.dbUrl()
                .map(url -> DataSources.postgres(url, settings.dbUser().getOrNull(), settings.dbPassword().getOrNull()))
                .getOrElse(() -> embedded(settings));
        try {
            KeyRing keys = KeyFile.fromEnvironmentOr(settings.dataDir().resolve("sicredit.keys"));
            JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
            HolidayFiles holidays = HolidayFiles.shipped();
            Sicredit sicredit = Sicredit.builder()
                    .recordStore(stores.records()).recordStatistics(stores.statistics())
                    .objectionStore(stores.objections()).repairStore(stores.repairs())
                    .submissionLog(metrics.map(meter -> meter.metered(stores.submissionLog()))
                            .getOrElse(stores.submissionLog())).auditLog(stores.auditLog())
                    .transactions(stores.transactions()).outbox(stores.outbox())
                    .readiness(stores.readiness()).apiKeys(stores.apiKeys()).idempotencyKeys(stores.idempotencyKeys())
                    .platformGateway(platform(settings, clock)).providerNotifier(providers(settings, clock))
                    .holidayData(holidays::publishedSchedules)
                    .submissionFiles(new SubmissionFiles(), new ErrorReports())
                    .policyBook(Policies.defaultBook()).clock(clock)
                    .build();
            return new Composition(database, stores, sicredit, holidays);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The embedded H2 of the data directory, which one process at a time may open. */
    private static HikariDataSource embedded(AppSettings settings) {
        try {
            return DataSources.embeddedH2(settings.dataDir());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).contains("already in use")) {
                    throw new ProgramRefusal("DATABASE_IN_USE", "数据目录 " + settings.dataDir()
                            + " 中的内嵌数据库正被另一个进程使用（如正在运行的 sicredit serve）：请先停止它，或通过 REST API 操作",
                            "The embedded database in " + settings.dataDir() + " is open in another process (a "
                                    + "running sicredit serve?): stop it first, or work through the REST API");
                }
            }
            throw e;
        }
    }

    private static PlatformGatewayPort platform(AppSettings settings, Clock clock) {
        return settings.platformUrl().<PlatformGatewayPort>map(url -> new HttpPlatformGateway(http(settings, url)))
                .getOrElse(() -> PlatformExchangeDirectory.at(settings.dataDir().resolve("exchange"), clock));
    }

    private static ProviderNotifierPort providers(AppSettings settings, Clock clock) {
        return settings.platformUrl().<ProviderNotifierPort>map(url -> new HttpProviderNotifier(http(settings, url)))
                .getOrElse(() -> ProviderNoticeDirectory.at(settings.dataDir().resolve("notices"), clock));
    }

    private static HttpPlatformSettings http(AppSettings settings, String url) {
        HttpPlatformSettings http = HttpPlatformSettings.of(URI.create(url));
        return settings.platformToken().map(http::withToken).getOrElse(http);
    }

    Sicredit sicredit() {
        return sicredit;
    }

    /** The holiday schedules in force, as loaded for the working calendar. */
    HolidayFiles holidays() {
        return holidays;
    }

    JdbcStores stores() {
        return stores;
    }

    @Override
    public void close() {
        database.close();
    }
}
