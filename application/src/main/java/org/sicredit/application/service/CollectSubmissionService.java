package org.sicredit.application.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

final class CollectSubmissionService implements CollectSubmissionUseCase {

    private final RecordStorePort records;
    private final SubmissionLogPort submissions;
    private final TransactionPort transactions;
    private final Trail trail;
    private final PolicyBook book;
    private final Clock clock;
    private final CommandCheck check;

    CollectSubmissionService(RecordStorePort records, SubmissionLogPort submissions, TransactionPort transactions,
                             Trail trail, PolicyBook book, Clock clock, CommandCheck check) {
        this.records = records;
        this.submissions = submissions;
        this.transactions = transactions;
        this.trail = trail;
        this.book = book;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> collect(Command command) {
        return check.check(command)
                .flatMap(valid -> Providers.byCode(valid.providerCode()).mapLeft(r -> r.atField("providerCode")))
                .flatMap(provider -> mayActFor(command, provider))
                .flatMap(provider -> periodNotInFuture(command.period()).map(ignored -> provider))
                .flatMap(provider -> store(command, provider));
    }

    private Either<Rejection, Result> store(Command command, Provider provider) {
        Batch batch = new Batch(command.period(), provider, command.caller().actor());
        for (Row row : command.rows()) {
            batch = batch.with(row);
        }
        Batch done = batch;
        return transactions.inTransaction(() -> records.saveAll(done.saves.values().toList()).map(stored -> {
            submissions.append(new SubmissionLogPort.Submission(provider.code(), command.period(), clock.instant(),
                    command.caller().actorId(), done.added.size(), done.unchanged.size(), done.corrected.size(),
                    done.rejected.size()));
            return trail.bulk(command.caller(), Action.SUBMISSION_COLLECTED, provider.code() + " " + command.period()
                            + "：新增" + done.added.size() + "，未变" + done.unchanged.size() + "，更正"
                            + done.corrected.size() + "，拒绝" + done.rejected.size(),
                    new Result(provider.code(), command.period(), done.added, done.unchanged, done.corrected,
                            done.rejected));
        }));
    }

    private Either<Rejection, Provider> mayActFor(Command command, Provider provider) {
        if (command.caller().actsFor(provider.code())) {
            return Either.right(provider);
        }
        return Either.left(Rejection.of("PROVIDER_SCOPE", "providerCode", provider.code(),
                        "只能报送本单位（" + command.caller().providerCode().getOrElse("无") + "）采集的失信信息",
                        "A provider submits and maintains only its own records")
                .withLegalBasis(Citations.measures("第四条")));
    }

    private Either<Rejection, YearMonth> periodNotInFuture(YearMonth period) {
        YearMonth now = YearMonth.from(Shanghai.today(clock));
        return period.isAfter(now)
                ? Either.left(Rejection.of("SUBMISSION_PERIOD_IN_FUTURE", "period", period.toString(),
                        "不能报送尚未到来的月份（" + period + "）", "A submission cannot be for a month still to come ("
                                + period + ")"))
                : Either.right(period);
    }

    /** The rows of one submission so far: the saves to make and what each row came to. */
    private final class Batch {

        private final YearMonth period;
        private final Provider provider;
        private final Actor actor;
        private Map<String, Save> saves = HashMap.empty();
        private Map<String, RecordContent> contentsByKey = HashMap.empty();
        private Seq<RecordId> added = List.empty();
        private Seq<RecordId> unchanged = List.empty();
        private Seq<RecordId> corrected = List.empty();
        private Seq<RejectedRow> rejected = List.empty();

        Batch(YearMonth period, Provider provider, Actor actor) {
            this.period = period;
            this.provider = provider;
            this.actor = actor;
        }

        Batch with(Row row) {
            LocalDate today = Shanghai.today(clock);
            Validation<Seq<Rejection>, RecordDraft.Vetted> vetted =
                    row.draft().validate(book, today, List.empty(), clock);
            if (vetted.isInvalid()) {
                return reject(row, vetted.getError());
            }
            RecordContent content = vetted.get().content();
            String key = provider.code() + "|" + content.documentNumber() + "|" + content.subject().identifier().value();
            Option<RecordContent> earlierRow = contentsByKey.get(key);
            if (earlierRow.isDefined()) {
                return earlierRow.get().equals(content)
                        ? this
                        : reject(row, List.of(Rejection.of("DUPLICATE_ROW_IN_SUBMISSION", "documentNumber",
                                content.documentNumber(), "同一次报送中同一主体同一文书编号出现了两行不同的内容",
                                "Two different rows in one submission have the same document number and subject")));
            }
            contentsByKey = contentsByKey.put(key, content);
            Option<DishonestyRecord> existing = records.findByNaturalKey(provider.code(), content.documentNumber(),
                    content.subject().identifier());
            return existing.isEmpty() ? add(row, key, content) : update(row, key, existing.get(), content);
        }

        private Batch add(Row row, String key, RecordContent content) {
            Validation<Seq<Rejection>, DishonestyRecord> collected = DishonestyRecord
                    .collect(new RecordId(UUID.randomUUID()), provider, row.draft(), book, othersOf(content), actor,
                            clock)
                    .flatMap(changed -> submitted(changed.record()));
            if (collected.isInvalid()) {
                return reject(row, collected.getError());
            }
            saves = saves.put(key, Save.created(collected.get()));
            added = added.append(collected.get().id());
            return this;
        }

        private Batch update(Row row, String key, DishonestyRecord existing, RecordContent content) {
            boolean onPlatform = !(existing.state() instanceof RecordState.Collected
                    || existing.state() instanceof RecordState.Submitted);
            if (existing.content().equals(content)) {
                return resubmitUnchanged(existing, key);
            }
            if (onPlatform) {
                return reject(row, List.of(Rejection.of("RECORD_ALREADY_REPORTED", "documentNumber",
                        content.documentNumber(), "该失信信息已报送市公共信用信息服务平台，只能通过异议程序更正",
                        "The record is already on the Platform; it can be corrected only through an objection")
                        .withLegalBasis(Citations.measures("第九条"))));
            }
            Validation<Seq<Rejection>, DishonestyRecord> changed = existing
                    .correct(row.draft(), Option.none(), book, othersOf(content), actor, clock)
                    .flatMap(correction -> submitted(correction.record()));
            if (changed.isInvalid()) {
                return reject(row, changed.getError());
            }
            saves = saves.put(key, new Save(changed.get(), existing.version()));
            corrected = corrected.append(existing.id());
            return this;
        }

        private Batch resubmitUnchanged(DishonestyRecord existing, String key) {
            boolean alreadyInThisPeriod = existing.state().equals(new RecordState.Submitted(period));
            boolean waiting = existing.state() instanceof RecordState.Collected
                    || existing.state() instanceof RecordState.Submitted;
            if (waiting && !alreadyInThisPeriod) {
                existing.submit(period, actor, clock)
                        .forEach(changed -> saves = saves.put(key, new Save(changed.record(), existing.version())));
            }
            unchanged = unchanged.append(existing.id());
            return this;
        }

        private Validation<Seq<Rejection>, DishonestyRecord> submitted(DishonestyRecord record) {
            return record.submit(period, actor, clock)
                    .map(changed -> changed.record())
                    .<Seq<Rejection>>mapLeft(List::of)
                    .fold(Validation::invalid, Validation::valid);
        }

        private Seq<org.sicredit.domain.policy.SeverityFacts> othersOf(RecordContent content) {
            return records.findBySubject(content.subject().identifier())
                    .filter(other -> !other.content().documentNumber().equals(content.documentNumber()))
                    .map(other -> other.content().severityFacts());
        }

        private Batch reject(Row row, Seq<Rejection> rejections) {
            rejected = rejected.append(new RejectedRow(row.number(), rejections));
            return this;
        }
    }
}
