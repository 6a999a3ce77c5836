package org.sicredit.application.contract;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** What every {@link RepairStorePort} must do; {@link #records()} is the record store beside it. */
public abstract class RepairStoreContract {

    private static final Actor SUBJECT = new Actor("9131000013221158XC", ActorRole.SUBJECT);

    /** A new, empty repair store for each test. */
    protected abstract RepairStorePort emptyStore();

    /** The record store the applications' records are saved in. */
    protected abstract RecordStorePort records();

    @Test
    void an_application_reads_back_equal_in_every_field_evidence_status_and_event() {
        RepairStorePort store = emptyStore();
        RepairApplication applied = applied(new RepairApplicationId("REP-1"), storedRecord("D-1", "SHSI"));
        store.save(applied, 0).get();
        RepairApplication issued = applied.addEvidence("补缴凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application()
                .addEvidence("滞纳金凭证", SUBJECT, Clocks.on(2021, 9, 3)).get().application()
                .verify(Providers.SOCIAL_INSURANCE_CENTRE, "已全额补缴", PROVIDER_CLERK, Clocks.on(2021, 9, 10)).get()
                .application()
                .issueProof("沪社保修复〔2021〕12号", PROVIDER_CLERK, Clocks.on(2021, 9, 30)).get().application();

        store.save(issued, applied.version()).get();

        assertThat(store.findById(new RepairApplicationId("REP-1")).get()).usingRecursiveComparison().isEqualTo(issued);
        RepairApplication refused = applied(new RepairApplicationId("REP-2"), storedRecord("D-2", "SHSI"))
                .refuse("证据不足", PROVIDER_CLERK, Clocks.on(2021, 9, 5)).get().application();
        store.save(refused, 0).get();
        assertThat(store.findById(new RepairApplicationId("REP-2")).get()).usingRecursiveComparison().isEqualTo(refused);
    }

    @Test
    void of_two_writers_of_the_same_version_one_wins_and_the_other_is_told_it_is_stale() {
        RepairStorePort store = emptyStore();
        RepairApplication applied = applied(new RepairApplicationId("REP-1"), storedRecord("D-1", "SHSI"));
        store.save(applied, 0).get();
        RepairApplication withEvidence = applied.addEvidence("凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application();
        RepairApplication refused = applied.refuse("不予修复", PROVIDER_CLERK, Clocks.on(2021, 9, 2)).get().application();

        assertThat(store.save(withEvidence, 1).isRight()).isTrue();
        assertThat(store.save(refused, 1).getLeft().code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(store.save(applied, 0).getLeft().code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(store.findById(new RepairApplicationId("REP-1")).get().evidence()).hasSize(1);
    }

    @Test
    void finds_a_records_applications_and_the_open_ones_of_a_provider_in_id_order() {
        RepairStorePort store = emptyStore();
        DishonestyRecord shsi = storedRecord("D-1", "SHSI");
        DishonestyRecord shls = storedRecord("D-2", "SHLS");
        store.save(applied(new RepairApplicationId("REP-B"), shsi), 0).get();
        store.save(applied(new RepairApplicationId("REP-A"), shls), 0).get();
        store.save(applied(new RepairApplicationId("REP-C"), shsi).refuse("不予修复", PROVIDER_CLERK, Clocks.on(2021, 9, 2)).get()
                .application(), 0).get();

        assertThat(store.findByRecord(shsi.id()).map(RepairApplication::id)).containsExactly(new RepairApplicationId("REP-B"), new RepairApplicationId("REP-C"));
        assertThat(store.findOpen(Option.none()).map(RepairApplication::id)).containsExactly(new RepairApplicationId("REP-A"), new RepairApplicationId("REP-B"));
        assertThat(store.findOpen(Option.some("SHSI")).map(RepairApplication::id)).containsExactly(new RepairApplicationId("REP-B"));
        assertThat(store.findById(new RepairApplicationId("REP-Z"))).isEmpty();
    }

    @Test
    void of_rival_open_applications_for_one_record_saved_at_once_one_is_kept_and_a_refused_one_makes_room()
            throws Exception {
        RepairStorePort store = emptyStore();
        DishonestyRecord record = storedRecord("D-1", "SHSI");
        java.util.List<RepairApplication> rivals = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rivals.add(applied(new RepairApplicationId("REP-R" + i), record));
        }

        java.util.List<io.vavr.control.Either<org.sicredit.domain.rejection.Rejection, RepairApplication>> answers =
                Concurrently.each(rivals, rival -> store.save(rival, 0));

        assertThat(answers.stream().filter(io.vavr.control.Either::isRight)).hasSize(1);
        assertThat(answers.stream().filter(io.vavr.control.Either::isLeft).map(answer -> answer.getLeft().code()))
                .hasSize(7).containsOnly(RepairApplication.ALREADY_OPEN);
        RepairApplication kept = answers.stream().filter(io.vavr.control.Either::isRight).findFirst().get().get();
        store.save(kept.refuse("不予修复", PROVIDER_CLERK, Clocks.on(2021, 9, 2)).get().application(), kept.version())
                .get();
        assertThat(store.save(applied(new RepairApplicationId("REP-NEXT"), record), 0).isRight()).isTrue();
    }

    private DishonestyRecord storedRecord(String documentNumber, String provider) {
        DishonestyRecord record = aRecord().documentNumber(documentNumber).providedBy(Providers.byCode(provider).get())
                .endedOn(LocalDate.of(2019, 3, 20)).reportedOn(LocalDate.of(2019, 4, 10)).build();
        records().saveAll(List.of(RecordStorePort.Save.created(record))).get();
        return record;
    }

    private static RepairApplication applied(RepairApplicationId id, DishonestyRecord record) {
        return RepairApplication.apply(id, record, RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴欠费", List.empty(),
                SUBJECT, Clocks.on(2021, 9, 1)).get().application();
    }
}
