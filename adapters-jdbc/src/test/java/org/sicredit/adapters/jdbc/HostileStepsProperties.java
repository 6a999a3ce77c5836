package org.sicredit.adapters.jdbc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.subject.OrganisationIdentifier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * Every other command and query of the application — each step of an objection and of a repair, later facts,
 * revocation, the monthly report, statistics, the catalogue, the outbox and the expiry sweep — run with hostile
 * callers, texts, dates, periods and drafts on H2 and on PostgreSQL, one database of each kind fed the same steps:
 * every answer is a Right or a Left(Rejection), never an exception; both databases answer every step alike; and a
 * step answered with a Left changed nothing stored (issue 12, medium 2). {@link HostileCommandsProperties} covers
 * lookups, name searches and submission rows.
 */
class HostileStepsProperties {

    private static final LocalDate REPORTED = LocalDate.of(2020, 6, 30);
    private static final String[] TABLES = {"dishonesty_record", "objection", "repair_application", "outbox_message",
        "submission_log"};
    private static final OrganisationIdentifier OWN_SUBJECT = OrganisationIdentifier.parse(Subjects.SPDB_CODE).get();
    private static final org.sicredit.domain.subject.ResidentIdNumber STRANGER = org.sicredit.domain.subject.ResidentIdNumber.parse(Subjects.PERSON_ID).get();

    private static final World H2 = new World(DataSources.inMemoryH2("hostile-steps-" + System.nanoTime()));
    private static final World POSTGRES = new World(TestDatabases.freshPostgres());
    private static final int[] COUNTED = {0, 0};

    /** Who calls a step: the role the step expects (with a hostile actor id), or someone it should refuse. */
    enum Who { EXPECTED, BUREAU, CENTRE, PROVIDER, OTHER_PROVIDER, SUBJECT_ITSELF, ANOTHER_SUBJECT, SYSTEM }

    @AfterContainer
    static void counted() {
        System.out.println("hostile step sequences tried on H2 and PostgreSQL: " + COUNTED[0] + ", steps: "
                + COUNTED[1]);
    }

    @Property(tries = 60)
    void every_step_of_an_objection_answers_alike_and_a_refused_step_stores_nothing(
            @ForAll("who") List<Who> callers, @ForAll("actors") String actor, @ForAll("texts") String grounds,
            @ForAll("texts") String finding, @ForAll("texts") String reason, @ForAll Decision decision,
            @ForAll("corrections") Option<RecordDraft> correction, @ForAll("days") LocalDate listedOn) {
        RecordId record = new RecordId(UUID.randomUUID());
        same(world -> {
            world.clock.setDay(LocalDate.of(2020, 7, 10));
            world.store(aRecord().id(record).documentNumber("OBJ-" + record.value()).reportedOn(REPORTED).build());
            ObjectionId objection = world.step("receive", () -> world.sicredit.receiveObjection().receive(
                    new ReceiveObjectionUseCase.Command(caller(callers.get(0), actor, Caller::centre), record,
                            grounds)), view -> view.lastStep() + " " + view.grounds().length())
                    .map(view -> view.id()).getOrElse(new ObjectionId(UUID.randomUUID().toString()));
            world.step("mark", () -> world.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(
                    caller(callers.get(1), actor, Caller::centre), objection)), view -> view.lastStep().name());
            world.step("forward", () -> world.sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(
                    caller(callers.get(2), actor, Caller::centre), objection)), view -> view.lastStep().name());
            world.step("notify", () -> world.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase
                    .Command(caller(callers.get(3), actor, Caller::bureau), objection)), view -> view.lastStep().name());
            world.step("verify", () -> world.sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(
                    caller(callers.get(4), actor, HostileStepsProperties::clerk), objection, finding)),
                    view -> view.lastStep().name());
            world.step("decide", () -> world.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(
                    caller(callers.get(5), actor, Caller::bureau), objection, decision, reason,
                    correction.getOrNull())), view -> view.lastStep() + " " + view.decision());
            world.step("list open objections", () -> world.sicredit.listOpenObjections().list(
                    new ListOpenObjectionsUseCase.Query(caller(callers.get(6), actor, Caller::bureau), listedOn)),
                    open -> "listed");
        });
    }

    @Property(tries = 60)
    void every_step_of_a_repair_answers_alike_and_a_refused_step_stores_nothing(
            @ForAll("who") List<Who> callers, @ForAll("actors") String actor, @ForAll RepairGround ground,
            @ForAll("texts") String explanation, @ForAll("texts") String evidence, @ForAll("texts") String more,
            @ForAll("texts") String finding, @ForAll("texts") String ending, @ForAll boolean refuse) {
        RecordId record = new RecordId(UUID.randomUUID());
        same(world -> {
            world.clock.setDay(LocalDate.of(2021, 9, 1));
            world.store(aRecord().id(record).documentNumber("REP-" + record.value()).endedOn(LocalDate.of(2020, 3, 20))
                    .collectedOn(LocalDate.of(2020, 6, 2)).reportedOn(REPORTED).build());
            RepairApplicationId application = world.step("apply", () -> world.sicredit.applyForRepair().apply(
                    new ApplyForRepairUseCase.Command(caller(callers.get(0), actor, HostileStepsProperties::itself),
                            record, ground, explanation, List.of(evidence))), view -> view.status().getClass().getSimpleName())
                    .map(view -> view.id()).getOrElse(new RepairApplicationId(UUID.randomUUID().toString()));
            world.step("add evidence", () -> world.sicredit.addRepairEvidence().addEvidence(
                    new AddRepairEvidenceUseCase.Command(caller(callers.get(1), actor, HostileStepsProperties::itself),
                            application, more)), view -> view.evidence().size() + " pieces");
            world.step("verify", () -> world.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(
                    caller(callers.get(2), actor, HostileStepsProperties::clerk), application, finding)),
                    view -> view.status().getClass().getSimpleName());
            if (refuse) {
                world.step("refuse", () -> world.sicredit.refuseRepair().refuse(new RefuseRepairUseCase.Command(
                        caller(callers.get(3), actor, HostileStepsProperties::clerk), application, ending)),
                        view -> view.status().getClass().getSimpleName());
            } else {
                world.step("issue proof", () -> world.sicredit.issueRepairProof().issueProof(
                        new IssueRepairProofUseCase.Command(caller(callers.get(3), actor,
                                HostileStepsProperties::clerk), application, ending)), result -> "delist by "
                        + result.delistBy());
            }
            world.step("list open repairs", () -> world.sicredit.listOpenRepairs().list(new ListOpenRepairsUseCase
                    .Query(caller(callers.get(4), actor, Caller::bureau))), open -> "listed");
        });
    }

    @Property(tries = 60)
    void later_facts_and_revocation_answer_alike_and_a_refused_step_stores_nothing(
            @ForAll("who") List<Who> callers, @ForAll("actors") String actor, @ForAll("days") LocalDate endedOn,
            @ForAll boolean giveEnd, @ForAll boolean notice, @ForAll("texts") String evidence,
            @ForAll("texts") String reason) {
        RecordId record = new RecordId(UUID.randomUUID());
        same(world -> {
            world.clock.setDay(LocalDate.of(2020, 7, 10));
            world.store(aRecord().id(record).documentNumber("FACT-" + record.value()).reportedOn(REPORTED).build());
            world.step("later facts", () -> world.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(
                    caller(callers.get(0), actor, HostileStepsProperties::clerk), record, giveEnd ? endedOn : null,
                    notice, evidence)), result -> result.severity() + " " + result.lastDayOfQueryPeriod());
            world.step("revoke", () -> world.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(
                    caller(callers.get(1), actor, Caller::bureau), record, reason)), result -> "revoked");
        });
    }

    @Property(tries = 60)
    void the_month_the_outbox_the_sweep_and_the_figures_answer_alike_and_a_refused_step_stores_nothing(
            @ForAll("who") List<Who> callers, @ForAll("actors") String actor, @ForAll("texts") String providerCode,
            @ForAll("periods") YearMonth period, @ForAll("periods") YearMonth until, @ForAll("days") LocalDate on,
            @ForAll boolean failedOnly) {
        String document = "MONTH-" + UUID.randomUUID();
        same(world -> {
            world.clock.setDay(LocalDate.of(2020, 7, 3));
            world.step("collect", () -> world.sicredit.collectSubmission().collect(new CollectSubmissionUseCase
                    .Command(caller(callers.get(0), actor, HostileStepsProperties::clerk), providerCode, period,
                    List.of(new CollectSubmissionUseCase.Row(1, aRecord().documentNumber(document).draft())))),
                    result -> result.added().size() + " added, " + result.rejected().size() + " rejected");
            world.step("report", () -> world.sicredit.reportMonth().report(new ReportMonthUseCase.Command(
                    caller(callers.get(1), actor, Caller::bureau), period)), result -> result.queued().size()
                    + " queued");
            world.step("statistics", () -> world.sicredit.produceStatistics().produce(new ProduceStatisticsUseCase
                    .Query(caller(callers.get(2), actor, Caller::bureau), period, until)), result -> "figures");
            world.step("catalogue", () -> world.sicredit.produceCatalogue().produce(
                    new ProduceCatalogueUseCase.Query(on)), catalogue -> "catalogue");
            world.step("relay", () -> world.sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(
                    caller(callers.get(3), actor, Caller::system))), result -> result.delivered().size()
                    + " delivered");
            Option<MessageId> message = world.step("undelivered", () -> world.sicredit.listUndeliveredMessages()
                    .list(new ListUndeliveredMessagesUseCase.Query(caller(callers.get(4), actor, Caller::bureau),
                            failedOnly)), undelivered -> undelivered.size() + " undelivered")
                    .flatMap(undelivered -> undelivered.headOption().map(view -> view.id()));
            world.step("requeue", () -> world.sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(
                    caller(callers.get(5), actor, Caller::bureau), message.getOrElse(new MessageId(
                            UUID.randomUUID().toString())))), view -> view.status().getClass().getSimpleName());
            world.step("expire", () -> world.sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(
                    caller(callers.get(6), actor, Caller::system))), result -> result.expired().size() + " expired");
        });
    }

    @Provide
    Arbitrary<List<Who>> who() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(Who.EXPECTED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Who.class))).list().ofSize(8);
    }

    /** Never blank: a Caller refuses a blank actor id when it is built (the embedder authenticated someone). */
    @Provide
    Arbitrary<String> actors() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of("officer-001", "clerk-001", "desk")),
                net.jqwik.api.Tuple.of(1, HostileValues.texts().filter(actor -> !actor.isBlank())));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.of("核查属实", "信息无误", "P-1", "补缴凭证", "SHSI")),
                net.jqwik.api.Tuple.of(3, HostileValues.texts()));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return HostileValues.days();
    }

    @Provide
    Arbitrary<YearMonth> periods() {
        return Arbitraries.oneOf(
                Arbitraries.of(YearMonth.of(2020, 6), YearMonth.of(2020, 7), YearMonth.of(2018, 12),
                        YearMonth.of(2019, 5), YearMonth.of(1, 1), YearMonth.of(-1, 12), YearMonth.of(9999, 12),
                        YearMonth.of(2030, 1)),
                Arbitraries.integers().between(-200_000, 200_000).map(year -> YearMonth.of(year, 1)));
    }

    @Provide
    Arbitrary<Option<RecordDraft>> corrections() {
        Arbitrary<RecordDraft> hostile = net.jqwik.api.Combinators.combine(
                HostileValues.texts(), HostileValues.amounts(),
                HostileValues.days()).as((cause, amount, actDate) -> aRecord().cause(cause)
                        .amount(amount).actDate(actDate).draft());
        return Arbitraries.oneOf(Arbitraries.just(Option.<RecordDraft>none()),
                Arbitraries.just(Option.some(aRecord().amount(new BigDecimal("48000.00")).draft())),
                hostile.map(Option::some));
    }

    private static Caller caller(Who who, String actor, Function<String, Caller> expected) {
        return switch (who) {
            case EXPECTED -> expected.apply(actor);
            case BUREAU -> Caller.bureau(actor);
            case CENTRE -> Caller.centre(actor);
            case PROVIDER -> clerk(actor);
            case OTHER_PROVIDER -> Caller.provider(actor, "SHEP");
            case SUBJECT_ITSELF -> itself(actor);
            case ANOTHER_SUBJECT -> Caller.subject(actor, STRANGER);
            case SYSTEM -> Caller.system(actor);
        };
    }

    private static Caller clerk(String actor) {
        return Caller.provider(actor, "SHSI");
    }

    private static Caller itself(String actor) {
        return Caller.subject(actor, OWN_SUBJECT);
    }

    /** The same steps on both databases: neither throws, both answer every step alike. */
    private static void same(java.util.function.Consumer<World> steps) {
        COUNTED[0]++;
        assertThat(H2.run(steps)).isEqualTo(POSTGRES.run(steps));
    }

    /** One database, its application, and the answers of the steps run on it. */
    private static final class World {

        final MutableClock clock = new MutableClock(REPORTED);
        final DataSource dataSource;
        final JdbcStores stores;
        final Sicredit sicredit;
        private final List<String> answers = new ArrayList<>();

        World(DataSource dataSource) {
            this.dataSource = dataSource;
            this.stores = JdbcStores.migrate(dataSource, TestDatabases.KEYS, Policies.defaultBook());
            this.sicredit = TestDatabases.sicredit(stores, clock, new InMemoryPlatformGateway(clock)).build();
        }

        List<String> run(java.util.function.Consumer<World> steps) {
            answers.clear();
            steps.accept(this);
            return List.copyOf(answers);
        }

        void store(DishonestyRecord record) {
            stores.records().saveAll(io.vavr.collection.List.of(
                    org.sicredit.application.port.out.RecordStorePort.Save.created(record))).get();
        }

        <T> Option<T> step(String name, Supplier<Either<Rejection, T>> call, Function<T, String> shown) {
            COUNTED[1]++;
            String before = fingerprint();
            Either<Rejection, T> answer = call.get();
            if (answer.isLeft()) {
                answers.add(name + ": " + answer.getLeft().code() + " " + answer.getLeft().field());
                assertThat(fingerprint()).as(name + " was refused and must have stored nothing").isEqualTo(before);
                return Option.none();
            }
            answers.add(name + ": " + shown.apply(answer.get()));
            return Option.some(answer.get());
        }

        /** A digest of every stored row of every table but the append-only audit trail. */
        private String fingerprint() {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String table : TABLES) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int column = 1; column <= columns; column++) {
                                row.append(result.getString(column)).append('\u001F');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.stream().sorted().forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
                    digest.update(table.getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (SQLException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
