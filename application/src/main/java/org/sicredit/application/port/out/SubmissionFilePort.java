package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;

/**
 * Reads a provider's submission file — a spreadsheet, or the CSV exported from one (沪人社规〔2018〕30号 第七条第一款)
 * — into rows, for {@code CollectSubmissionFileUseCase}.
 *
 * <p>What an implementation guarantees:
 * <ul>
 *   <li>The file is recognised and its header checked before any row is read: a file that is not a submission (empty,
 *       binary, an unknown or missing column, a format it cannot read) is a {@code Left} with one rejection naming
 *       what is wrong, and nothing has been read past it.</li>
 *   <li>Rows come lazily, once, in file order, each numbered as the spreadsheet shows it (the header is row 1): a row
 *       is a draft, or that row's rejections under the field of each cell it could not read. Blank rows are skipped,
 *       not reported.</li>
 *   <li>A fault found after the header — a line past the size limit, a workbook that expands past its limit, bytes
 *       that are not text in the file's encoding — ends the rows with {@link FileRefused}: the use case stores
 *       nothing of the file.</li>
 *   <li>Memory stays bounded whatever the file's size; {@link SubmissionFile#close()} releases what the reading
 *       holds (the stream, a temporary copy).</li>
 * </ul>
 */
public interface SubmissionFilePort {

    /** Opens {@code content} as {@code format}, or as what its first bytes say it is when {@link FileFormat#DETECT}. */
    Either<Rejection, SubmissionFile> open(InputStream content, FileFormat format);

    /** How a submission file is written. */
    enum FileFormat {
        CSV,
        XLSX,
        /** Whatever the file's first bytes say: a zip package is a workbook, text is CSV. */
        DETECT
    }

    /** An open submission file: its columns as the header names them, and its rows, read once, in order. */
    interface SubmissionFile extends Iterator<FileRow>, AutoCloseable {

        FileFormat format();

        Seq<String> columns();

        @Override
        void close();
    }

    /**
     * One row of the file: its number as the spreadsheet shows it, its cells in the order of {@code columns()} for an
     * error report (personal numbers already masked), and what it says — a draft, or every reason its cells could not
     * be read, each under the field the cell fills. Exactly one of the two.
     */
    record FileRow(int number, Seq<String> cells, RecordDraft draft, Seq<Rejection> unreadable) {

        public FileRow {
            Objects.requireNonNull(cells, "cells");
            Objects.requireNonNull(unreadable, "unreadable");
            if ((draft == null) == unreadable.isEmpty()) {
                throw new IllegalArgumentException("a row is a draft or its rejections: row " + number);
            }
        }

        public static FileRow read(int number, Seq<String> cells, RecordDraft draft) {
            return new FileRow(number, cells, draft, io.vavr.collection.List.empty());
        }

        public static FileRow unreadable(int number, Seq<String> cells, Seq<Rejection> rejections) {
            return new FileRow(number, cells, null, rejections);
        }
    }

    /** A fault found partway through the file: the whole file is refused with {@link #rejection()}. */
    final class FileRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Rejection rejection;

        public FileRefused(Rejection rejection) {
            super(rejection.code() + " " + rejection.field(), null, false, false);
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }
}
