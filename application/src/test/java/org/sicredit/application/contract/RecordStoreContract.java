package org.sicredit.application.contract;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStatisticsPort.Tally;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.subject.SubjectName;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * What every {@link RecordStorePort} must do. An implementation's test extends this class and says how to make
 * an empty store; the in-memory fixture passes it, and so must the JDBC adapter on H2 and PostgreSQL.
 */
public abstract class RecordStoreContract {

    /** A new, empty store for each test. */
    protected abstract RecordStorePort emptyStore();

    /** The statistics over the records of {@code store}. */
    protected abstract RecordStatisticsPort statisticsOf(RecordStorePort store);

    @Test
    void counts_each_record_once_in_the_cell_of_its_collection_month_category_severity_provider_and_state() {
        RecordStorePort store = emptyStore();
        store.saveAll(List.of(
                Save.created(aRecord().documentNumber("A-1").build()),
                Save.created(aRecord().documentNumber("A-2").build()),
                Save.created(aRecord().documentNumber("A-3").serious().build()),
                Save.created(aRecord().documentNumber("A-4").reportedOn(LocalDate.of(2019, 5, 10)).build()),
                Save.created(aRecord().documentNumber("M-1").collectedOn(LocalDate.of(2019, 5, 3)).build()),
                Save.created(aRecord().documentNumber("J-1").collectedOn(LocalDate.of(2019, 6, 3)).build()),
                Save.created(aRecord().documentNumber("O-1").ofAnIndividual().fraudOf("500.00")
                        .providedBy(Providers.byCode("SHLS").get()).build()))).get();

        Seq<Tally> cells = statisticsOf(store).tally(YearMonth.of(2019, 4), YearMonth.of(2019, 5));

        YearMonth april = YearMonth.of(2019, 4);
        assertThat(cells).containsExactly(
                new Tally(april, 1, Severity.ORDINARY, "SHSI", "COLLECTED", 2),
                new Tally(april, 1, Severity.ORDINARY, "SHSI", "REPORTED", 1),
                new Tally(april, 1, Severity.SERIOUS, "SHSI", "COLLECTED", 1),
                new Tally(april, 4, Severity.ORDINARY, "SHLS", "COLLECTED", 1),
                new Tally(YearMonth.of(2019, 5), 1, Severity.ORDINARY, "SHSI", "COLLECTED", 1));
        assertThat(statisticsOf(store).tally(YearMonth.of(2019, 7), YearMonth.of(2019, 12))).isEmpty();
    }

    @Test
    void a_saved_record_reads_back_equal_in_every_field() {
        RecordStorePort store = emptyStore();
        DishonestyRecord record = aRecord().serious().endedOn(LocalDate.of(2019, 3, 20))
                .reportedOn(LocalDate.of(2019, 4, 10)).build();

        store.saveAll(List.of(Save.created(record))).get();
        DishonestyRecord read = store.findById(record.id()).get();

        assertThat(read.id()).isEqualTo(record.id());
        assertThat(read.provider()).isEqualTo(record.provider());
        assertThat(read.content()).isEqualTo(record.content());
        assertThat(read.classification()).isEqualTo(record.classification());
        assertThat(read.queryPeriod()).isEqualTo(record.queryPeriod());
        assertThat(read.collectedOn()).isEqualTo(record.collectedOn());
        assertThat(read.state()).isEqualTo(record.state());
        assertThat(read.reportedOn()).isEqualTo(record.reportedOn());
        assertThat(read.history()).isEqualTo(record.history());
        assertThat(read.version()).isEqualTo(record.version());
    }

    @Test
    void an_individuals_record_round_trips_with_its_resident_id() {
        RecordStorePort store = emptyStore();
        DishonestyRecord record = aRecord().ofAnIndividual().fraudOf("12000.00").build();

        store.saveAll(List.of(Save.created(record))).get();

        assertThat(store.findById(record.id()).get().content()).isEqualTo(record.content());
        assertThat(store.findBySubject(record.content().subject().identifier()).map(DishonestyRecord::id))
                .containsExactly(record.id());
    }

    @Test
    void one_record_per_provider_document_number_and_subject() {
        RecordStorePort store = emptyStore();
        store.saveAll(List.of(Save.created(aRecord().build()))).get();

        Rejection duplicate = store.saveAll(List.of(Save.created(aRecord().build()))).getLeft();

        assertThat(duplicate.code()).isEqualTo(RecordStorePort.DUPLICATE_RECORD);
        assertThat(store.findBySubject(new UnifiedSocialCreditCode("9131000013221158XC"))).hasSize(1);
    }

    @Test
    void a_change_that_takes_another_records_natural_key_is_a_duplicate_and_stores_nothing() {
        RecordStorePort store = emptyStore();
        DishonestyRecord first = aRecord().build();
        DishonestyRecord second = aRecord().documentNumber("沪人社监罚〔2019〕第0316号").build();
        store.saveAll(List.of(Save.created(first), Save.created(second))).get();
        DishonestyRecord taking = second.correct(aRecord().draft(), io.vavr.control.Option.none(),
                org.sicredit.domain.policy.Policies.defaultBook(), List.empty(), BUREAU_OFFICER,
                Clocks.on(2019, 4, 5)).get().record();

        Rejection duplicate = store.saveAll(List.of(new Save(taking, second.version()))).getLeft();

        assertThat(duplicate.code()).isEqualTo(RecordStorePort.DUPLICATE_RECORD);
        assertThat(store.findById(second.id()).get().content().documentNumber()).isEqualTo("沪人社监罚〔2019〕第0316号");
        assertThat(store.findById(second.id()).get().version()).isEqualTo(second.version());
    }

    @Test
    void of_two_writers_of_the_same_version_one_wins_and_the_other_is_told_it_is_stale() {
        RecordStorePort store = emptyStore();
        DishonestyRecord stored = aRecord().build();
        store.saveAll(List.of(Save.created(stored))).get();

        DishonestyRecord first = stored.submit(YearMonth.of(2019, 4), BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();
        DishonestyRecord second = stored.revoke("撤销", BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();

        assertThat(store.saveAll(List.of(new Save(first, stored.version()))).isRight()).isTrue();
        Rejection stale = store.saveAll(List.of(new Save(second, stored.version()))).getLeft();
        assertThat(stale.code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(stale.kind()).isEqualTo(org.sicredit.domain.rejection.RejectionKind.CONFLICT);
        assertThat(store.findById(stored.id()).get().state()).isEqualTo(new RecordState.Submitted(YearMonth.of(2019, 4)));
    }

    @Test
    void saves_all_or_nothing() {
        RecordStorePort store = emptyStore();
        DishonestyRecord stored = aRecord().build();
        store.saveAll(List.of(Save.created(stored))).get();
        DishonestyRecord fresh = aRecord().documentNumber("沪人社监罚〔2019〕第0999号").build();
        DishonestyRecord staleChange = stored.revoke("撤销", BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();

        Rejection rejected = store.saveAll(List.of(Save.created(fresh), new Save(staleChange, 0))).getLeft();

        assertThat(rejected.code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(store.findById(fresh.id())).isEmpty();
        assertThat(store.findById(stored.id()).get().version()).isEqualTo(1);
    }

    @Test
    void finds_by_subject_name_submission_month_and_expiry() {
        RecordStorePort store = emptyStore();
        DishonestyRecord submitted = aRecord().build()
                .submit(YearMonth.of(2019, 4), BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();
        DishonestyRecord ended = aRecord().documentNumber("D-2").endedOn(LocalDate.of(2019, 3, 20))
                .reportedOn(LocalDate.of(2019, 4, 10)).build();
        store.saveAll(List.of(Save.created(submitted), Save.created(ended))).get();

        assertThat(store.findBySubjectName(new SubjectName("上海示例贸易有限公司"))).hasSize(2);
        assertThat(store.claimSubmittedFor(YearMonth.of(2019, 4)).map(DishonestyRecord::id)).containsExactly(submitted.id());
        assertThat(store.claimSubmittedFor(YearMonth.of(2019, 5))).isEmpty();
        assertThat(store.claimExpirable(LocalDate.of(2024, 3, 20), 10)).isEmpty();
        assertThat(store.claimExpirable(LocalDate.of(2024, 3, 21), 10).map(DishonestyRecord::id)).containsExactly(ended.id());
    }

    @Test
    void finds_the_records_of_several_subjects_in_one_question_in_id_order() {
        RecordStorePort store = emptyStore();
        DishonestyRecord first = aRecord().build();
        DishonestyRecord second = aRecord().documentNumber("D-2").build();
        DishonestyRecord individual = aRecord().ofAnIndividual().fraudOf("12000.00").build();
        DishonestyRecord someoneElse = aRecord().of(SubjectDraft.organisation("上海另一家有限公司",
                "91310000MA1FL0001R", "张三", Subjects.REPRESENTATIVE_ID)).build();
        store.saveAll(List.of(Save.created(first), Save.created(second), Save.created(individual),
                Save.created(someoneElse))).get();

        Seq<DishonestyRecord> found = store.findBySubjects(HashSet.of(first.content().subject().identifier(),
                individual.content().subject().identifier(), new UnifiedSocialCreditCode("91310000MA1FL0002W")));

        assertThat(found.map(DishonestyRecord::id)).containsExactlyElementsOf(
                List.of(first, second, individual).map(DishonestyRecord::id).sortBy(Object::toString));
        assertThat(store.findBySubjects(HashSet.empty())).isEmpty();
    }

    @Test
    void two_concurrent_expiry_sweeps_expire_each_record_exactly_once() throws Exception {
        RecordStorePort store = emptyStore();
        Seq<DishonestyRecord> expirable = List.range(0, 40).map(i -> aRecord().documentNumber("EXP-" + i)
                .endedOn(LocalDate.of(2019, 3, 20)).reportedOn(LocalDate.of(2019, 4, 10)).build());
        store.saveAll(expirable.map(Save::created)).get();
        AtomicInteger expired = new AtomicInteger();
        Callable<Void> sweep = () -> {
            for (DishonestyRecord record : store.claimExpirable(LocalDate.of(2024, 6, 1), 100)) {
                record.expire(Actor.system("sweep"), Clocks.on(2024, 6, 1))
                        .flatMap(changed -> store.saveAll(List.of(new Save(changed.record(), record.version()))))
                        .forEach(saved -> expired.incrementAndGet());
            }
            return null;
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : pool.invokeAll(java.util.List.of(sweep, sweep))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(expired.get()).isEqualTo(40);
        assertThat(expirable.map(r -> store.findById(r.id()).get().state()).distinct())
                .containsExactly(new RecordState.Expired(LocalDate.of(2024, 6, 1)));
        assertThat(store.claimExpirable(LocalDate.of(2024, 6, 1), 100)).isEmpty();
    }
}
