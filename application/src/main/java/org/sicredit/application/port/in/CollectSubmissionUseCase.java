package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.YearMonth;

/**
 * A provider's monthly submission (沪人社规〔2018〕30号 第七条第一款). Every row becomes a record or that row's list of
 * rejections; nothing is dropped silently. Submitting the same rows again changes nothing (a record is one per
 * provider, document number and subject); a later submission may add rows and correct rows not yet reported. A
 * provider submits only its own records (第四条). Accepted rows are stored all together or not at all.
 * <p>
 * The rows are read once, in order, a chunk at a time: a reader of a provider's file may hand them over lazily,
 * and a submission of {@value #MAX_ROWS} rows is never held in memory whole — what is kept per row is its record
 * id, or its rejections.
 */
public interface CollectSubmissionUseCase {

    int MAX_ROWS = 1_000_000;

    Either<Rejection, Result> collect(Command command);

    /**
     * {@code rows} is iterated once; a row that is null, carries neither a draft nor its rejections, or has a number
     * below one rejects the whole command (field {@code rows[i]…}, i counted from 0), as do no rows at all and more
     * than {@value #MAX_ROWS}. A row that carries its rejections is an answer, not a fault: it lands in
     * {@link Result#rejected()} and the other rows are stored.
     */
    record Command(
            @NotNull @Valid Caller caller,
            @NotBlank @Size(max = 16) String providerCode,
            @NotNull YearMonth period,
            @NotNull Iterable<Row> rows) {
    }

    /**
     * One row of the provider's file, numbered as the provider sees it: a draft, or — where the file's cells could
     * not be read into one (a date {@code 2024-13-01}, an amount {@code abc}) — that row's rejections, each under the
     * field of its cell. Exactly one of the two.
     */
    record Row(@Positive int number, RecordDraft draft, @NotNull Seq<@NotNull Rejection> unreadable) {

        public Row(int number, RecordDraft draft) {
            this(number, draft, io.vavr.collection.List.empty());
        }

        /** A row whose cells could not be read into a draft, with every reason. */
        public static Row unreadable(int number, Seq<Rejection> rejections) {
            return new Row(number, null, rejections);
        }

        /** Whether the row carries a draft or its rejections, and not both. */
        public boolean isWellFormed() {
            return unreadable != null && (draft == null) != unreadable.isEmpty();
        }
    }

    record RejectedRow(int number, Seq<Rejection> rejections) {
    }

    record Result(String providerCode, YearMonth period, Seq<RecordId> added, Seq<RecordId> unchanged,
                  Seq<RecordId> corrected, Seq<RejectedRow> rejected) {
    }
}
