package org.sicredit.application.contract;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * What every {@link ObjectionStorePort} must do. A store may need the objection's record to exist first:
 * {@link #emptyStore()} answers the objection store and {@link #records()} the record store beside it.
 */
public abstract class ObjectionStoreContract {

    private static final Actor CENTRE = new Actor("centre-desk", ActorRole.CENTRE);

    /** A new, empty objection store for each test. */
    protected abstract ObjectionStorePort emptyStore();

    /** The record store the objections' records are saved in (the same database, where that matters). */
    protected abstract RecordStorePort records();

    @Test
    void an_objection_reads_back_equal_in_every_step_decision_and_event() {
        ObjectionStorePort store = emptyStore();
        Objection received = received("OBJ-1", storedRecord("D-1"));
        store.save(received, 0).get();
        Objection decided = received.mark(CENTRE, Clocks.on(2020, 9, 29)).get().objection()
                .forward(CENTRE, Clocks.on(2020, 9, 30)).get().objection()
                .notifyProvider(BUREAU_OFFICER, Clocks.on(2020, 9, 30)).get().objection()
                .recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "核查属实", PROVIDER_CLERK,
                        Clocks.on(2020, 10, 9)).get().objection()
                .decide(Decision.CORRECT, "更正金额", BUREAU_OFFICER, Clocks.on(2020, 10, 12)).get().objection();

        store.save(decided, received.version()).get();

        Objection read = store.findById(decided.id()).get();
        assertThat(read).usingRecursiveComparison().isEqualTo(decided);
        assertThat(read.done().keySet().toList()).isEqualTo(decided.done().keySet().toList());
        assertThat(read.history()).isEqualTo(decided.history());
    }

    @Test
    void of_two_writers_of_the_same_version_one_wins_and_the_other_is_told_it_is_stale() {
        ObjectionStorePort store = emptyStore();
        Objection received = received("OBJ-1", storedRecord("D-1"));
        store.save(received, 0).get();
        Objection marked = received.mark(CENTRE, Clocks.on(2020, 9, 29)).get().objection();

        assertThat(store.save(marked, 1).isRight()).isTrue();
        Rejection stale = store.save(marked, 1).getLeft();

        assertThat(stale.code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(store.save(received, 0).getLeft().code()).as("a new objection with a taken id")
                .isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(store.findById(received.id()).get().version()).isEqualTo(2);
    }

    @Test
    void of_rival_open_objections_to_one_record_saved_at_once_one_is_kept_and_a_closed_one_makes_room()
            throws Exception {
        ObjectionStorePort store = emptyStore();
        DishonestyRecord record = storedRecord("D-1");
        java.util.List<Objection> rivals = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rivals.add(received("OBJ-R" + i, record));
        }

        java.util.List<Either<Rejection, Objection>> answers = Concurrently.each(rivals, rival -> store.save(rival, 0));

        assertThat(answers.stream().filter(Either::isRight)).hasSize(1);
        assertThat(answers.stream().filter(Either::isLeft).map(answer -> answer.getLeft().code()))
                .hasSize(7).containsOnly(Objection.ALREADY_OPEN);
        assertThat(store.findOpen()).hasSize(1);
        Objection kept = answers.stream().filter(Either::isRight).findFirst().get().get();
        Objection closed = kept.mark(CENTRE, Clocks.on(2020, 9, 29)).get().objection()
                .forward(CENTRE, Clocks.on(2020, 9, 30)).get().objection()
                .notifyProvider(BUREAU_OFFICER, Clocks.on(2020, 9, 30)).get().objection()
                .recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "核查属实", PROVIDER_CLERK,
                        Clocks.on(2020, 10, 9)).get().objection()
                .decide(Decision.UPHOLD, "信息无误", BUREAU_OFFICER, Clocks.on(2020, 10, 12)).get().objection();
        store.save(closed, kept.version()).get();
        assertThat(store.save(received("OBJ-NEXT", record), 0).isRight()).isTrue();
    }

    @Test
    void finds_a_records_objections_and_the_open_ones_in_id_order() {
        ObjectionStorePort store = emptyStore();
        DishonestyRecord first = storedRecord("D-1");
        DishonestyRecord second = storedRecord("D-2");
        Objection b = received("OBJ-B", first);
        Objection a = received("OBJ-A", second);
        Objection c = received("OBJ-C", first).mark(CENTRE, Clocks.on(2020, 9, 29)).get().objection()
                .forward(CENTRE, Clocks.on(2020, 9, 29)).get().objection()
                .notifyProvider(BUREAU_OFFICER, Clocks.on(2020, 9, 29)).get().objection()
                .recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "属实", PROVIDER_CLERK, Clocks.on(2020, 9, 29))
                .get().objection()
                .decide(Decision.UPHOLD, "无误", BUREAU_OFFICER, Clocks.on(2020, 9, 29)).get().objection();
        store.save(b, 0).get();
        store.save(a, 0).get();
        store.save(c, 0).get();

        assertThat(store.findByRecord(first.id()).map(o -> o.id().value())).containsExactly("OBJ-B", "OBJ-C");
        assertThat(store.findOpen().map(o -> o.id().value())).containsExactly("OBJ-A", "OBJ-B");
        assertThat(store.findById(new ObjectionId("OBJ-Z"))).isEmpty();
    }

    private DishonestyRecord storedRecord(String documentNumber) {
        DishonestyRecord record = aRecord().documentNumber(documentNumber).reportedOn(LocalDate.of(2019, 4, 10)).build();
        records().saveAll(List.of(RecordStorePort.Save.created(record))).get();
        return record;
    }

    private static Objection received(String id, DishonestyRecord record) {
        return Objection.receive(new ObjectionId(id), record, "欠费金额有误", List.empty(), CENTRE,
                Clocks.on(2020, 9, 29)).get().objection();
    }
}
