package org.sicredit.application.service;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.application.port.out.SubmissionFilePort.FileRefused;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.application.port.out.SubmissionFilePort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A submission file read into {@link CollectSubmissionService} a chunk at a time. Of the rows the collection holds
 * (one chunk) only the cells are kept here, and of those only the rejected rows' once their chunk is stored: memory
 * grows with the rejected rows, not with the file.
 */
final class CollectSubmissionFileService implements CollectSubmissionFileUseCase, WriteErrorReportUseCase {

    private final CollectSubmissionService collect;
    private final SubmissionFilePort files;
    private final ErrorReportPort reports;
    private final CommandCheck check;

    CollectSubmissionFileService(CollectSubmissionService collect, SubmissionFilePort files, ErrorReportPort reports,
                                 CommandCheck check) {
        this.collect = collect;
        this.files = files;
        this.reports = reports;
        this.check = check;
    }

    @Override
    public Either<Rejection, CollectSubmissionFileUseCase.Result> collect(CollectSubmissionFileUseCase.Command command) {
        try (InputStream content = command == null ? InputStream.nullInputStream() : command.content()) {
            return check.check(command)
                    .flatMap(valid -> files.open(content == null ? InputStream.nullInputStream() : content,
                            valid.format()))
                    .flatMap(file -> collectFrom(file, command));
        } catch (IOException closing) {
            throw new java.io.UncheckedIOException(closing);
        }
    }

    private Either<Rejection, CollectSubmissionFileUseCase.Result> collectFrom(SubmissionFile file,
                                                                                CollectSubmissionFileUseCase.Command command) {
        try (file) {
            KeptCells cells = new KeptCells();
            CollectSubmissionUseCase.Command rows = new CollectSubmissionUseCase.Command(command.caller(),
                    command.providerCode(), command.period(), () -> cells.watching(file));
            return collect.collect(rows, cells::stored).map(collected -> new CollectSubmissionFileUseCase.Result(
                    collected, new SubmissionErrorReport(file.columns(), cells.kept)));
        } catch (FileRefused refused) {
            return Either.left(refused.rejection());
        }
    }

    @Override
    public Either<Rejection, Integer> write(WriteErrorReportUseCase.Command command) {
        return check.check(command).map(valid -> {
            reports.write(valid.report(), valid.format(), valid.target());
            return valid.report().rows().size();
        });
    }

    /**
     * The cells of the rows of the chunk being collected, and of the rejected rows of the chunks stored — of the first
     * {@value #ROWS_WITH_CELLS} of them: a file of a million bad rows still reports every one with its number and
     * reasons, but not a million rows of cells.
     */
    private static final class KeptCells {

        static final int ROWS_WITH_CELLS = 10_000;

        private final java.util.Map<Integer, Seq<String>> window = new java.util.HashMap<>();
        private Vector<ErrorReportPort.RejectedRow> kept = Vector.empty();

        Iterator<CollectSubmissionUseCase.Row> watching(SubmissionFile file) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return file.hasNext();
                }

                @Override
                public CollectSubmissionUseCase.Row next() {
                    if (!file.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    FileRow row = file.next();
                    window.put(row.number(), row.cells().map(PersonalNumberMask::maskWithin));
                    return row.draft() != null ? new CollectSubmissionUseCase.Row(row.number(), row.draft())
                            : CollectSubmissionUseCase.Row.unreadable(row.number(), row.unreadable());
                }
            };
        }

        void stored(Seq<CollectSubmissionUseCase.RejectedRow> rejectedInChunk) {
            for (CollectSubmissionUseCase.RejectedRow rejected : rejectedInChunk) {
                Seq<String> cells = kept.size() < ROWS_WITH_CELLS ? window.getOrDefault(rejected.number(),
                        Vector.empty()) : Vector.empty();
                kept = kept.append(new ErrorReportPort.RejectedRow(rejected.number(), cells, rejected.rejections()));
            }
            window.clear();
        }
    }
}
