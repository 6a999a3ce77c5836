package org.sicredit.spring;

import org.sicredit.adapters.file.in.HolidayFiles;
import org.sicredit.adapters.file.in.SubmissionFiles;
import org.sicredit.adapters.file.out.ErrorReports;
import org.sicredit.adapters.file.out.PlatformExchangeDirectory;
import org.sicredit.adapters.file.out.ProviderNoticeDirectory;
import org.sicredit.adapters.http.out.HttpPlatformGateway;
import org.sicredit.adapters.http.out.HttpPlatformSettings;
import org.sicredit.adapters.http.out.HttpProviderNotifier;
import org.sicredit.adapters.jdbc.HostTransactions;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.KeyRingMismatchException;
import org.sicredit.adapters.jdbc.SchemaNotCurrentException;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.application.port.out.HolidayDataPort;
import org.sicredit.application.port.out.IdempotencyPort;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.application.port.out.SubmissionFilePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * sicredit in a Spring service, on the service's own {@code DataSource}: the JDBC stores (sicredit's schema migrated
 * on start into its own history table, unless {@code sicredit.migrations.enabled=false}), the key ring from
 * {@code sicredit.keys}, the shipped holiday schedules, the Platform gateway and provider notifier (over HTTP when
 * {@code sicredit.platform.url} is set, the exchange directories under {@code sicredit.data.dir} otherwise), the
 * {@link Sicredit} facade and each of its use cases as beans ({@link SicreditUseCases}), the scheduled jobs
 * ({@link SicreditJobs}), a health indicator and metrics when the service has Actuator and Micrometer.
 *
 * <p>Every bean backs off when the service defines its own of the same type: replace one port — say,
 * {@link PlatformGatewayPort} — and the rest stays. The stores join the service's Spring transactions
 * ({@link SpringTransactions}).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(SicreditProperties.class)
@Import({SicreditUseCases.class, SicreditJobs.class, SicreditHealthConfiguration.class,
    SicreditMetricsConfiguration.class, DatabaseInitializationDependencyConfigurer.class})
public class SicreditAutoConfiguration {

    /** The zone every date of the law is read in. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock sicreditClock() {
        return Clock.system(SHANGHAI);
    }

    @Bean
    @ConditionalOnMissingBean
    PolicyBook sicreditPolicyBook() {
        return Policies.defaultBook();
    }

    @Bean
    @ConditionalOnMissingBean
    KeyRing sicreditKeyRing(SicreditProperties properties) {
        return SicreditKeys.from(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    HostTransactions sicreditHostTransactions(DataSource dataSource) {
        return new SpringTransactions(dataSource);
    }

    /** Migrated after the service's own schema (its Flyway, Liquibase or SQL scripts), beside it. */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    JdbcStores sicreditJdbcStores(DataSource dataSource, KeyRing keys, PolicyBook book, HostTransactions host,
                                  SicreditProperties properties) {
        try {
            return properties.migrations().enabled() ? JdbcStores.migrate(dataSource, keys, book, host)
                    : JdbcStores.withoutMigrating(dataSource, keys, book, host);
        } catch (KeyRingMismatchException mismatch) {
            throw new SicreditStartupException("sicredit.keys", "密钥与数据库写入时所用的不一致（数据库期望的密钥编号："
                    + mismatch.expectedKeyIds() + "）", "the key ring is not the one the database was written with "
                    + "(the database expects the key ids " + mismatch.expectedKeyIds() + ")", SicreditKeys.HOW,
                    mismatch);
        } catch (SchemaNotCurrentException notCurrent) {
            throw new SicreditStartupException("sicredit.migrations.enabled", "迁移已关闭，而数据库结构不是当前版本",
                    "migrations are off and the schema is not current: " + notCurrent.getMessage(),
                    "Run sicredit's migrations (set sicredit.migrations.enabled=true for one start, or apply "
                            + "db/sicredit from the sicredit-adapters-jdbc jar with history table "
                            + JdbcStores.HISTORY_TABLE + ").", notCurrent);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    RecordStorePort sicreditRecordStore(JdbcStores stores) {
        return stores.records();
    }

    @Bean
    @ConditionalOnMissingBean
    RecordStatisticsPort sicreditRecordStatistics(JdbcStores stores) {
        return stores.statistics();
    }

    @Bean
    @ConditionalOnMissingBean
    ObjectionStorePort sicreditObjectionStore(JdbcStores stores) {
        return stores.objections();
    }

    @Bean
    @ConditionalOnMissingBean
    RepairStorePort sicreditRepairStore(JdbcStores stores) {
        return stores.repairs();
    }

    @Bean
    @ConditionalOnMissingBean
    AuditLogPort sicreditAuditLog(JdbcStores stores) {
        return stores.auditLog();
    }

    @Bean
    @ConditionalOnMissingBean
    SubmissionLogPort sicreditSubmissionLog(JdbcStores stores, ObjectProvider<SicreditTally> tally) {
        return SicreditTally.counting(stores.submissionLog(), tally.getIfAvailable(() -> SicreditTally.NONE));
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxPort sicreditOutbox(JdbcStores stores) {
        return stores.outbox();
    }

    @Bean
    @ConditionalOnMissingBean
    ApiKeyPort sicreditApiKeys(JdbcStores stores) {
        return stores.apiKeys();
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotencyPort sicreditIdempotencyKeys(JdbcStores stores) {
        return stores.idempotencyKeys();
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionPort sicreditTransactions(JdbcStores stores) {
        return stores.transactions();
    }

    @Bean
    @ConditionalOnMissingBean
    ReadinessPort sicreditReadiness(JdbcStores stores) {
        return stores.readiness();
    }

    @Bean
    @ConditionalOnMissingBean
    HolidayDataPort sicreditHolidayData(SicreditProperties properties) {
        return properties.holidays().dir() == null ? HolidayFiles.shipped()
                : HolidayFiles.shippedAnd(properties.holidays().dir());
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformGatewayPort sicreditPlatformGateway(SicreditProperties properties, Clock clock) {
        return properties.platform().url() == null
                ? PlatformExchangeDirectory.at(properties.data().dir().resolve("exchange"), clock)
                : new HttpPlatformGateway(http(properties.platform()));
    }

    @Bean
    @ConditionalOnMissingBean
    ProviderNotifierPort sicreditProviderNotifier(SicreditProperties properties, Clock clock) {
        return properties.platform().url() == null
                ? ProviderNoticeDirectory.at(properties.data().dir().resolve("notices"), clock)
                : new HttpProviderNotifier(http(properties.platform()));
    }

    private static HttpPlatformSettings http(SicreditProperties.Platform platform) {
        HttpPlatformSettings settings = HttpPlatformSettings.of(URI.create(platform.url()));
        return platform.token() == null || platform.token().isBlank() ? settings : settings.withToken(platform.token());
    }

    @Bean
    @ConditionalOnMissingBean
    SubmissionFilePort sicreditSubmissionFiles() {
        return new SubmissionFiles();
    }

    @Bean
    @ConditionalOnMissingBean
    ErrorReportPort sicreditErrorReports() {
        return new ErrorReports();
    }

    /** The one door to the use cases, built from whichever port beans the service ends up with. */
    @Bean
    @ConditionalOnMissingBean
    Sicredit sicredit(RecordStorePort records, RecordStatisticsPort statistics, ObjectionStorePort objections,
                      RepairStorePort repairs, AuditLogPort audit, SubmissionLogPort submissions, OutboxPort outbox,
                      ApiKeyPort apiKeys, IdempotencyPort idempotencyKeys, TransactionPort transactions,
                      ReadinessPort readiness, HolidayDataPort holidays, PlatformGatewayPort platform,
                      ProviderNotifierPort providers, SubmissionFilePort files, ErrorReportPort errorReports,
                      PolicyBook book, Clock clock) {
        return Sicredit.builder()
                .recordStore(records).recordStatistics(statistics).objectionStore(objections).repairStore(repairs)
                .auditLog(audit).submissionLog(submissions).outbox(outbox).apiKeys(apiKeys)
                .idempotencyKeys(idempotencyKeys).transactions(transactions).readiness(readiness)
                .holidayData(holidays).platformGateway(platform).providerNotifier(providers)
                .submissionFiles(files, errorReports).policyBook(book).clock(clock)
                .build();
    }
}
