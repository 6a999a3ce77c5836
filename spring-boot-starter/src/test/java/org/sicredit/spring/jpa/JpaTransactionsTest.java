package org.sicredit.spring.jpa;

import io.vavr.collection.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.spring.SicreditAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service on JPA: its {@code JpaTransactionManager} binds its JDBC connection, and the stores join that transaction
 * as they join a {@code DataSourceTransactionManager}'s — the entity and the submission commit or roll back together.
 */
class JpaTransactionsTest {

    private static final String KEYS = "active=k1;key.k1=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=;"
            + "index=ZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4Q=";

    @TempDir
    Path data;

    /** The JPA service: its entities, and the day it runs on. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = HostNote.class)
    static class JpaService {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2020-06-30T02:00:00Z"), SicreditAutoConfiguration.SHANGHAI);
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        HibernateJpaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                        TransactionAutoConfiguration.class, SicreditAutoConfiguration.class))
                .withUserConfiguration(JpaService.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:jpa" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "spring.jpa.hibernate.ddl-auto=create", "sicredit.keys=" + KEYS, "sicredit.data.dir=" + data);
    }

    @Test
    void the_entity_and_the_submission_commit_together_under_the_jpa_transaction_manager() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JpaTransactionManager.class);

            transaction(context).executeWithoutResult(status -> persistAndCollect(context, 1L, "JPA-COMMIT"));

            assertThat(count(context, "SELECT COUNT(*) FROM host_note WHERE id = 1")).isEqualTo(1);
            assertThat(count(context, "SELECT COUNT(*) FROM dishonesty_record WHERE document_number = 'JPA-COMMIT'"))
                    .isEqualTo(1);
        });
    }

    @Test
    void when_the_service_throws_after_the_use_case_returned_neither_the_entity_nor_the_submission_stays() {
        runner().run(context -> {
            assertThatThrownBy(() -> transaction(context).executeWithoutResult(status -> {
                persistAndCollect(context, 2L, "JPA-ROLLBACK");
                throw new IllegalStateException("the service fails after the use case returned");
            })).hasMessageContaining("after the use case returned");

            assertThat(count(context, "SELECT COUNT(*) FROM host_note WHERE id = 2")).isZero();
            assertThat(count(context, "SELECT COUNT(*) FROM dishonesty_record WHERE document_number = 'JPA-ROLLBACK'"))
                    .isZero();
        });
    }

    private static void persistAndCollect(AssertableApplicationContext context, long id, String documentNumber) {
        EntityManager entities = SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean(EntityManagerFactory.class));
        entities.persist(new HostNote(id, "received " + documentNumber));
        entities.flush();
        CollectSubmissionUseCase.Result collected = context.getBean(CollectSubmissionUseCase.class).collect(
                new CollectSubmissionUseCase.Command(Caller.provider("clerk-001", "SHSI"), "SHSI", YearMonth.of(2020, 6),
                        List.of(new CollectSubmissionUseCase.Row(1, new RecordDraft(SubjectDraft.organisation(
                                "上海示例贸易有限公司", "9131000013221158XC", "张三", "11010519491231002X"), 1,
                                "未按时足额缴纳社会保险费，被依法作出行政处罚决定", LocalDate.of(2020, 3, 15),
                                LocalDate.of(2020, 3, 20), documentNumber, new BigDecimal("52000.00"), false, false,
                                false, false, Scheme.SOCIAL_INSURANCE))))).get();
        assertThat(collected.added()).hasSize(1);
    }

    private static TransactionTemplate transaction(AssertableApplicationContext context) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    private static int count(AssertableApplicationContext context, String sql) {
        return new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(sql, Integer.class);
    }
}
