package org.sicredit.adapters.jdbc;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectDraft;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * Hostile values for the fields of the commands and queries — huge, empty, control characters, NUL, unpaired
 * surrogates, other scripts, extreme numbers and dates — run on H2 and on PostgreSQL: every answer is a Right or a
 * Left(Rejection), never an exception, and both databases give the same answer.
 */
class HostileCommandsProperties {

    private static final Clock CLOCK = Clocks.on(2020, 7, 1);
    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");
    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final RecordId STORED = new RecordId(UUID.fromString("00000000-0000-0000-0000-00000000beef"));

    private static final Sicredit H2 = sicredit(JdbcStores.migrate(
            DataSources.inMemoryH2("hostile-" + System.nanoTime()), TestDatabases.KEYS, Policies.defaultBook()));
    private static final Sicredit POSTGRES = sicredit(TestDatabases.postgres());

    @AfterContainer
    static void counted() {
        System.out.println("hostile cases tried on H2 and PostgreSQL: " + CASES[0]);
    }

    private static final int[] CASES = {0};

    @Property(tries = 150)
    void a_lookup_answers_alike_on_both_databases_and_never_throws(@ForAll("hostile") String identifier,
                                                                   @ForAll("hostile") String purpose,
                                                                   @ForAll("days") LocalDate asOf) {
        same(sicredit -> sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU, identifier, asOf,
                purpose)).map(result -> result.activeRecords().size()));
    }

    @Property(tries = 150)
    void a_name_search_answers_alike_on_both_databases_and_never_throws(@ForAll("hostile") String name,
                                                                        @ForAll("hostile") String actor) {
        Caller caller = actor.isBlank() ? BUREAU : Caller.bureau(actor);
        same(sicredit -> sicredit.findSubjectsByName().find(new FindSubjectsByNameUseCase.Query(caller, name,
                LocalDate.of(2020, 6, 30), "核查")).map(found -> found.size()));
    }

    @Property(tries = 150)
    void objections_and_revocations_answer_alike_and_never_throw(@ForAll("hostile") String text) {
        same(sicredit -> sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(
                Caller.centre("desk"), STORED, text)).map(view -> view.grounds()));
        same(sicredit -> sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(BUREAU,
                new RecordId(UUID.randomUUID()), text)).map(result -> result.recordId()));
    }

    @Property(tries = 150)
    void a_submission_row_of_hostile_cells_is_a_row_rejection_or_stored_alike_never_an_exception(
            @ForAll("hostile") String name, @ForAll("hostile") String cause, @ForAll("hostile") String document,
            @ForAll("amounts") BigDecimal amount, @ForAll("days") LocalDate actDate) {
        String unique = "P-" + UUID.randomUUID();
        same(sicredit -> sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI",
                YearMonth.of(2020, 6), List.of(
                        new CollectSubmissionUseCase.Row(1, aRecord().of(SubjectDraft.individual(name,
                                "440524188001010014")).category(4).amount(null).cause(cause)
                                .documentNumber(document).draft()),
                        new CollectSubmissionUseCase.Row(2, aRecord().amount(amount).actDate(actDate)
                                .documentNumber(unique).draft()))))
                .map(result -> result.added().size() + " added, rejected rows "
                        + result.rejected().map(row -> row.number() + ":" + row.rejections().head().code())));
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileValues.texts();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return HostileValues.days();
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return HostileValues.amounts();
    }

    /** The same call on both databases: neither throws, and both give the same answer. */
    private static void same(Function<Sicredit, Either<Rejection, ?>> call) {
        CASES[0]++;
        Either<Rejection, ?> onH2 = call.apply(H2);
        Either<Rejection, ?> onPostgres = call.apply(POSTGRES);
        assertThat(onH2.mapLeft(Rejection::code)).isEqualTo(onPostgres.mapLeft(Rejection::code));
    }

    private static Sicredit sicredit(JdbcStores stores) {
        return TestDatabases.sicredit(stores, CLOCK, new InMemoryPlatformGateway(CLOCK)).build();
    }
}
