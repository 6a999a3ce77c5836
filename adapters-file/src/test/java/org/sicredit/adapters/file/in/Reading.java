package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileRefused;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;

import java.io.ByteArrayInputStream;

/** A file read to its end, as the use case would: every row, or the one refusal. */
final class Reading {

    private Reading() {
    }

    static Either<Rejection, List<FileRow>> all(byte[] bytes) {
        return all(bytes, FileFormat.DETECT);
    }

    static Either<Rejection, List<FileRow>> all(byte[] bytes, FileFormat format) {
        return new SubmissionFiles().open(new ByteArrayInputStream(bytes), format).flatMap(Reading::drain);
    }

    static Either<Rejection, List<FileRow>> drain(SubmissionFile file) {
        try (file) {
            return Either.right(List.ofAll(() -> file));
        } catch (FileRefused refused) {
            return Either.left(refused.rejection());
        }
    }

    static RecordDraft draft(FileRow row) {
        if (row.draft() == null) {
            throw new AssertionError("row " + row.number() + " is unreadable: " + row.unreadable());
        }
        return row.draft();
    }
}
