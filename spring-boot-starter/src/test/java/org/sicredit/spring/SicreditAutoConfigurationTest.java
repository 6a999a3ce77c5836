package org.sicredit.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.adapters.file.out.PlatformExchangeDirectory;
import org.sicredit.adapters.http.out.HttpPlatformGateway;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.IdempotencyPort;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.policy.Policies;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every condition of the auto-configuration: what it gives, what it leaves to the service, what stops the start. */
class SicreditAutoConfigurationTest {

    static final String KEYS = "active=k1;key.k1=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=;"
            + "index=ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4Q=";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path data;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        SicreditAutoConfiguration.class))
                .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2020-06-30T02:00:00Z"),
                        SicreditAutoConfiguration.SHANGHAI))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:auto" + DATABASES.incrementAndGet()
                        + ";DB_CLOSE_DELAY=-1", "sicredit.keys=" + KEYS, "sicredit.data.dir=" + data);
    }

    @Test
    void a_service_with_a_data_source_gets_the_facade_every_use_case_and_the_jobs() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Sicredit.class).hasSingleBean(JdbcStores.class);
            for (Class<?> useCase : useCaseTypes()) {
                assertThat(context).as(useCase.getSimpleName()).hasSingleBean(useCase);
            }
            assertThat(context.getBeansOfType(ScheduledJob.class).values()).extracting(ScheduledJob::name)
                    .containsExactlyInAnyOrder("outbox-relay", "expiry-sweep", "forget-idempotency-keys");
            assertThat(context.getBean(PlatformGatewayPort.class)).isInstanceOf(PlatformExchangeDirectory.class);
        });
    }

    @Test
    void a_service_without_actuator_or_micrometer_gets_everything_else() {
        runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class, MeterRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Sicredit.class).hasSingleBean(LookUpSubjectUseCase.class)
                    .doesNotHaveBean(SicreditHealthIndicator.class).doesNotHaveBean(SicreditMetrics.class);
            assertThat(context.getBeansOfType(ScheduledJob.class)).hasSize(3);
        });
    }

    @Test
    void a_service_that_migrates_its_own_tables_with_boots_flyway_keeps_its_history_and_sicredit_keeps_its_own() {
        runner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.locations=classpath:db/host").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Sicredit.class);
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(jdbc.queryForList("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'",
                            String.class))
                            .containsExactly("V1__host_orders.sql");
                    assertThat(jdbc.queryForList("SELECT \"type\" || ' ' || \"script\" FROM \"sicredit_schema_history\" "
                            + "WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"", String.class))
                            .as("after the service's own migrations, under a baseline of its own")
                            .startsWith("BASELINE sicredit beside the host application tables", "SQL V1__stores.sql")
                            .doesNotContain("SQL V1__host_orders.sql");
                });
    }

    @Test
    void nothing_is_configured_without_a_data_source() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SicreditAutoConfiguration.class))
                .withPropertyValues("sicredit.keys=" + KEYS)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Sicredit.class)
                        .doesNotHaveBean(KeyRing.class));
    }

    @Test
    void a_platform_url_sends_reports_over_http() {
        runner().withPropertyValues("sicredit.platform.url=http://127.0.0.1:9/platform", "sicredit.platform.token=t")
                .run(context -> assertThat(context.getBean(PlatformGatewayPort.class))
                        .isInstanceOf(HttpPlatformGateway.class));
    }

    @Test
    void a_port_the_service_defines_replaces_the_starters_and_the_facade_uses_it() {
        runner().withUserConfiguration(OwnGateway.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PlatformGatewayPort.class);
            assertThat(context.getBean(PlatformGatewayPort.class)).isSameAs(OwnGateway.GATEWAY);
            assertThat(context).hasSingleBean(RecordStorePort.class).hasSingleBean(Sicredit.class);
        });
    }

    @Test
    void every_store_port_the_service_defines_replaces_the_starters_one_by_one() {
        HikariDataSource own = DataSources.inMemoryH2("own-" + DATABASES.incrementAndGet());
        JdbcStores stores = JdbcStores.migrate(own, KeyFile.parse(KEYS, "test"), Policies.defaultBook());
        Map<Class<?>, Object> ports = new LinkedHashMap<>();
        ports.put(RecordStorePort.class, stores.records());
        ports.put(RecordStatisticsPort.class, stores.statistics());
        ports.put(ObjectionStorePort.class, stores.objections());
        ports.put(RepairStorePort.class, stores.repairs());
        ports.put(AuditLogPort.class, stores.auditLog());
        ports.put(SubmissionLogPort.class, stores.submissionLog());
        ports.put(OutboxPort.class, stores.outbox());
        ports.put(ApiKeyPort.class, stores.apiKeys());
        ports.put(IdempotencyPort.class, stores.idempotencyKeys());
        ports.put(TransactionPort.class, stores.transactions());
        ports.put(ReadinessPort.class, stores.readiness());
        try {
            ports.forEach((type, port) -> runner().withBean(portType(type), () -> port).run(context -> {
                assertThat(context).as(type.getSimpleName()).hasNotFailed().hasSingleBean(type);
                assertThat(context.getBean(type)).as(type.getSimpleName()).isSameAs(port);
            }));
        } finally {
            own.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> portType(Class<?> type) {
        return (Class<Object>) type;
    }

    @Test
    void with_two_data_sources_the_starter_waits_for_the_service_to_say_which_is_primary() {
        ApplicationContextRunner two = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SicreditAutoConfiguration.class))
                .withPropertyValues("sicredit.keys=" + KEYS, "sicredit.data.dir=" + data)
                .withBean("first", DataSource.class, () -> DataSources.inMemoryH2("first-" + DATABASES.incrementAndGet()))
                .withBean("second", DataSource.class, () -> DataSources.inMemoryH2("second-" + DATABASES.incrementAndGet()));

        two.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Sicredit.class));
        two.withBean("primary", DataSource.class, () -> DataSources.inMemoryH2("primary-" + DATABASES.incrementAndGet()),
                definition -> definition.setPrimary(true))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Sicredit.class));
    }

    @Test
    void a_use_case_the_service_defines_replaces_the_starters() {
        runner().withUserConfiguration(OwnLookUp.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(LookUpSubjectUseCase.class);
            assertThat(context.getBean(LookUpSubjectUseCase.class)).isSameAs(OwnLookUp.LOOK_UP);
        });
    }

    @Test
    void each_job_can_be_turned_off() {
        runner().withPropertyValues("sicredit.jobs.outbox-relay.enabled=false", "sicredit.jobs.expiry-sweep.enabled=false")
                .run(context -> assertThat(context.getBeansOfType(ScheduledJob.class).values())
                        .extracting(ScheduledJob::name).containsExactly("forget-idempotency-keys"));
    }

    @Test
    void the_job_intervals_come_from_the_properties() {
        runner().withPropertyValues("sicredit.jobs.outbox-relay.interval=30s").run(context -> assertThat(
                context.getBean("sicreditOutboxRelayJob", ScheduledJob.class).interval()).hasSeconds(30));
    }

    @Test
    void the_health_indicator_is_up_on_a_migrated_database_and_can_be_turned_off() {
        runner().run(context -> {
            Health health = context.getBean(SicreditHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKeys("database", "migrations", "keys", "outbox");
        });
        runner().withPropertyValues("management.health.sicredit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SicreditHealthIndicator.class));
    }

    @Test
    void without_a_key_ring_the_start_is_refused_naming_sicredit_keys() {
        runner().withPropertyValues("sicredit.keys=").run(context -> {
            SicreditStartupException refused = refusal(context.getStartupFailure());
            assertThat(refused.property()).isEqualTo("sicredit.keys");
            assertThat(analysis(context.getStartupFailure()).getDescription()).contains("Property: sicredit.keys")
                    .contains("未配置密钥");
        });
    }

    @Test
    void a_malformed_key_ring_is_refused_without_repeating_it() {
        runner().withPropertyValues("sicredit.keys=active=k1;key.k1=c2VjcmV0LXRoYXQtbXVzdC1ub3QtbGVhaw==")
                .run(context -> {
                    SicreditStartupException refused = refusal(context.getStartupFailure());
                    assertThat(refused.property()).isEqualTo("sicredit.keys");
                    assertThat(analysis(context.getStartupFailure()).getDescription())
                            .doesNotContain("c2VjcmV0LXRoYXQtbXVzdC1ub3QtbGVhaw");
                });
    }

    @Test
    void a_key_file_that_does_not_exist_is_refused_naming_sicredit_key_file() {
        runner().withPropertyValues("sicredit.keys=", "sicredit.key-file=" + data.resolve("missing.keys"))
                .run(context -> assertThat(refusal(context.getStartupFailure()).property())
                        .isEqualTo("sicredit.key-file"));
    }

    @Test
    void a_key_ring_the_database_was_not_written_with_is_refused_naming_sicredit_keys() {
        String url = "spring.datasource.url=jdbc:h2:mem:rotated" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        runner().withPropertyValues(url).run(context -> assertThat(context).hasNotFailed());
        runner().withPropertyValues(url, "sicredit.keys=active=k2;key.k2=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyE=;"
                + "index=ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4U=").run(context -> {
                    SicreditStartupException refused = refusal(context.getStartupFailure());
                    assertThat(refused.property()).isEqualTo("sicredit.keys");
                    assertThat(refused.reasonEn()).contains("[k1]");
                });
    }

    @Test
    void with_migrations_off_an_unmigrated_database_stops_the_start_and_a_migrated_one_serves() {
        runner().withPropertyValues("sicredit.migrations.enabled=false").run(context ->
                assertThat(refusal(context.getStartupFailure()).property()).isEqualTo("sicredit.migrations.enabled"));

        String url = "spring.datasource.url=jdbc:h2:mem:premigrated" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        runner().withPropertyValues(url).run(context -> assertThat(context).hasNotFailed());
        runner().withPropertyValues(url, "sicredit.migrations.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Sicredit.class));
    }

    @Test
    void a_platform_url_that_is_not_http_is_refused_naming_the_property() {
        runner().withPropertyValues("sicredit.platform.url=ftp://platform.example").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("platform.url")
                        .hasStackTraceContaining("http://"));
    }

    @Test
    void a_job_interval_under_a_second_is_refused_naming_the_property() {
        runner().withPropertyValues("sicredit.jobs.expiry-sweep.interval=0s").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("'sicredit'")
                        .hasStackTraceContaining("jobs.expirySweep.interval"));
    }

    /** The use case types {@link Sicredit} hands out: a new one without a bean fails the first test. */
    private static List<Class<?>> useCaseTypes() {
        return Arrays.stream(Sicredit.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getReturnType).filter(type -> type.getSimpleName().endsWith("UseCase"))
                .<Class<?>>map(type -> type).distinct().toList();
    }

    private static SicreditStartupException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SicreditStartupException refused) {
                return refused;
            }
        }
        throw new AssertionError("the start was not refused by sicredit: " + failure);
    }

    private static FailureAnalysis analysis(Throwable failure) {
        return new SicreditFailureAnalyzer().analyze(failure);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnGateway {

        static final PlatformGatewayPort GATEWAY = PlatformExchangeDirectory.at(Path.of("target", "own-exchange"),
                Clock.fixed(Instant.parse("2020-06-30T02:00:00Z"), SicreditAutoConfiguration.SHANGHAI));

        @Bean
        PlatformGatewayPort ownGateway() {
            return GATEWAY;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnLookUp {

        static final LookUpSubjectUseCase LOOK_UP = query -> io.vavr.control.Either.left(
                org.sicredit.domain.rejection.Rejection.of("OWN_LOOK_UP", "identifier", "", "自有实现", "The service's own"));

        @Bean
        LookUpSubjectUseCase ownLookUp() {
            return LOOK_UP;
        }
    }
}
