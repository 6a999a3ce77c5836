package org.sicredit.application.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.sicredit.application.port.in.CollectSubmissionUseCase.RejectedRow;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Result;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.RecordFacts;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;

/**
 * One submission's rows, taken a chunk at a time inside the submission's transaction: each chunk's rows are vetted,
 * the records of the chunk's subjects are fetched in one question, and the chunk's saves are stored before the next
 * chunk is read. Across chunks only the ids of the records this submission touched are kept, so a second row with
 * the key of an earlier one is still recognised — as a repeat if it says the same, refused if it does not.
 */
final class SubmissionIntake {

    static final int CHUNK_ROWS = 2_000;

    private final RecordStorePort records;
    private final PolicyBook book;
    private final Clock clock;
    private final CommandCheck check;
    private final YearMonth period;
    private final Provider provider;
    private final Actor actor;
    private final int maxRows;
    private final ChunkListener listener;
    private final java.util.Set<RecordId> touched = new java.util.HashSet<>();
    private Vector<RecordId> added = Vector.empty();
    private Vector<RecordId> unchanged = Vector.empty();
    private Vector<RecordId> corrected = Vector.empty();
    private Vector<RejectedRow> rejected = Vector.empty();
    private int taken;

    /** Told, once each chunk is stored, which of its rows were rejected; a file's reader keeps their cells. */
    interface ChunkListener {

        ChunkListener NONE = rejectedInChunk -> { };

        void stored(Seq<RejectedRow> rejectedInChunk);
    }

    SubmissionIntake(RecordStorePort records, PolicyBook book, Clock clock, CommandCheck check, YearMonth period,
                     Provider provider, Actor actor, int maxRows) {
        this(records, book, clock, check, period, provider, actor, maxRows, ChunkListener.NONE);
    }

    SubmissionIntake(RecordStorePort records, PolicyBook book, Clock clock, CommandCheck check, YearMonth period,
                     Provider provider, Actor actor, int maxRows, ChunkListener listener) {
        this.listener = listener;
        this.records = records;
        this.book = book;
        this.clock = clock;
        this.check = check;
        this.period = period;
        this.provider = provider;
        this.actor = actor;
        this.maxRows = maxRows;
    }

    /** Takes every row; a rejection means nothing of this submission may be kept. */
    Either<Rejection, Result> take(Iterable<Row> rows) {
        java.util.List<Row> chunk = new ArrayList<>(CHUNK_ROWS);
        for (Row row : rows) {
            if (taken == maxRows) {
                return Either.left(tooManyRows());
            }
            Either<Rejection, Row> checked = check.checkItem(row, "rows[" + taken + "]")
                    .flatMap(valid -> wellFormed(valid, "rows[" + taken + "].draft"));
            if (checked.isLeft()) {
                return Either.left(checked.getLeft());
            }
            taken++;
            chunk.add(row);
            if (chunk.size() == CHUNK_ROWS) {
                Either<Rejection, Seq<DishonestyRecord>> stored = store(chunk);
                if (stored.isLeft()) {
                    return Either.left(stored.getLeft());
                }
                chunk = new ArrayList<>(CHUNK_ROWS);
            }
        }
        if (taken == 0) {
            return Either.left(Rejection.of(RejectionCodes.COMMAND_REQUIRED, "rows", "", "报送至少要有一行", "A submission has at "
                    + "least one row"));
        }
        return store(chunk).map(ignored -> new Result(provider.code(), period, added, unchanged, corrected,
                rejected));
    }

    private Either<Rejection, Seq<DishonestyRecord>> store(java.util.List<Row> chunk) {
        int rejectedBefore = rejected.size();
        return vetAndSave(chunk).peek(stored -> listener.stored(rejected.drop(rejectedBefore)));
    }

    private Either<Rejection, Seq<DishonestyRecord>> vetAndSave(java.util.List<Row> chunk) {
        LocalDate today = ShanghaiTime.today(clock);
        java.util.List<Candidate> candidates = new ArrayList<>(chunk.size());
        for (Row row : chunk) {
            if (row.draft() == null) {
                reject(row, row.unreadable());
                continue;
            }
            Validation<Seq<Rejection>, RecordDraft.Vetted> vetted = row.draft()
                    .validate(book, today, provider.kind(), List.empty(), clock);
            if (vetted.isInvalid()) {
                reject(row, vetted.getError());
            } else {
                candidates.add(new Candidate(row, vetted.get(), naturalKey(provider.code(), vetted.get().content())));
            }
        }
        Known known = Known.of(provider.code(),
                records.findBySubjects(HashSet.ofAll(candidates.stream().map(Candidate::subject)::iterator)));
        java.util.List<Save> saves = new ArrayList<>();
        java.util.Map<String, RecordContent> inChunk = new java.util.HashMap<>();
        for (Candidate candidate : candidates) {
            RecordContent earlier = inChunk.putIfAbsent(candidate.key(), candidate.content());
            Option<DishonestyRecord> existing = known.byKey().get(candidate.key());
            if (earlier != null) {
                repeated(candidate, earlier);
            } else if (existing.isDefined() && touched.contains(existing.get().id())) {
                repeated(candidate, existing.get().content());
            } else if (existing.isEmpty()) {
                add(candidate, known.othersOf(candidate)).forEach(saves::add);
            } else {
                update(candidate, existing.get(), known.othersOf(candidate)).forEach(saves::add);
            }
        }
        return records.saveAll(Vector.ofAll(saves));
    }

    private static Either<Rejection, Row> wellFormed(Row row, String field) {
        return row.isWellFormed() ? Either.right(row) : Either.left(Rejection.of(RejectionCodes.COMMAND_REQUIRED, field, "",
                field + "不能为空：每一行须有失信信息，或者说明该行无法读取的原因",
                field + " is required: a row carries a record, or the reasons it could not be read"));
    }

    private void repeated(Candidate candidate, RecordContent earlier) {
        if (!earlier.equals(candidate.content())) {
            reject(candidate.row(), List.of(Rejection.of(RejectionCodes.DUPLICATE_ROW_IN_SUBMISSION, "documentNumber",
                    candidate.content().documentNumber(), "同一次报送中同一主体同一文书编号出现了两行不同的内容",
                    "Two different rows in one submission have the same document number and subject")));
        }
    }

    /** A new record: its draft was vetted with the chunk; only its classification waits for the subject's others. */
    private Option<Save> add(Candidate candidate, Seq<RecordFacts> others) {
        Either<Seq<Rejection>, DishonestyRecord> collected = candidate.vetted().classifiedWith(others)
                .map(vetted -> DishonestyRecord.collect(new RecordId(UUID.randomUUID()), provider, vetted, actor,
                        clock).record())
                .flatMap(record -> record.submit(period, actor, clock))
                .map(changed -> changed.record())
                .mapLeft(List::of);
        if (collected.isLeft()) {
            reject(candidate.row(), collected.getLeft());
            return Option.none();
        }
        added = added.append(collected.get().id());
        touched.add(collected.get().id());
        return Option.some(Save.created(collected.get()));
    }

    private Option<Save> update(Candidate candidate, DishonestyRecord existing, Seq<RecordFacts> others) {
        touched.add(existing.id());
        if (existing.content().equals(candidate.content())) {
            return resubmitUnchanged(existing);
        }
        if (!waitingForReport(existing)) {
            reject(candidate.row(), List.of(Rejection.of(RejectionCodes.RECORD_ALREADY_REPORTED, "documentNumber",
                    candidate.content().documentNumber(), "该失信信息已报送市公共信用信息服务平台，只能通过异议程序更正",
                    "The record is already on the Platform; it can be corrected only through an objection")
                    .withLegalBasis(Citations.scr("第三十六条"))));
            return Option.none();
        }
        Validation<Seq<Rejection>, DishonestyRecord> changed = existing
                .correct(candidate.row().draft(), Option.none(), book, others, actor, clock)
                .flatMap(correction -> submitted(correction.record()));
        if (changed.isInvalid()) {
            reject(candidate.row(), changed.getError());
            return Option.none();
        }
        corrected = corrected.append(existing.id());
        return Option.some(new Save(changed.get(), existing.version()));
    }

    private Option<Save> resubmitUnchanged(DishonestyRecord existing) {
        unchanged = unchanged.append(existing.id());
        if (!waitingForReport(existing) || existing.state().equals(new RecordState.Submitted(period))) {
            return Option.none();
        }
        return existing.submit(period, actor, clock).toOption()
                .map(changed -> new Save(changed.record(), existing.version()));
    }

    private static boolean waitingForReport(DishonestyRecord record) {
        return record.state() instanceof RecordState.Collected || record.state() instanceof RecordState.Submitted;
    }

    private Validation<Seq<Rejection>, DishonestyRecord> submitted(DishonestyRecord record) {
        return record.submit(period, actor, clock)
                .map(changed -> changed.record())
                .<Seq<Rejection>>mapLeft(List::of)
                .toValidation();
    }

    private void reject(Row row, Seq<Rejection> rejections) {
        rejected = rejected.append(new RejectedRow(row.number(), rejections));
    }

    private Rejection tooManyRows() {
        return Rejection.of(RejectionCodes.COMMAND_SIZE, "rows", "", "一次报送最多" + maxRows + "行",
                "A submission has at most " + maxRows + " rows");
    }

    private static String naturalKey(String providerCode, RecordContent content) {
        return providerCode + "|" + content.documentNumber() + "|" + content.subject().identifier().identity();
    }

    /** A row whose draft passed, and its natural key. */
    private record Candidate(Row row, RecordDraft.Vetted vetted, String key) {

        RecordContent content() {
            return vetted.content();
        }

        SubjectIdentifier subject() {
            return content().subject().identifier();
        }
    }

    /** The stored records of one chunk's subjects: by natural key, and by subject for the severity rules. */
    private record Known(Map<String, DishonestyRecord> byKey,
                         Map<String, ? extends Seq<DishonestyRecord>> bySubject) {

        static Known of(String providerCode, Seq<DishonestyRecord> found) {
            return new Known(
                    HashMap.ofEntries(found.filter(r -> r.provider().code().equals(providerCode))
                            .map(r -> io.vavr.Tuple.of(naturalKey(providerCode, r.content()), r))),
                    found.groupBy(r -> r.content().subject().identifier().identity()));
        }

        Seq<RecordFacts> othersOf(Candidate candidate) {
            return DishonestyRecord.severityHistory(bySubject.get(candidate.subject().identity())
                    .<Seq<DishonestyRecord>>map(records -> records)
                    .getOrElse(List.empty())
                    .filter(other -> !other.content().documentNumber().equals(candidate.content().documentNumber())));
        }
    }
}
