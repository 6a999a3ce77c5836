package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.adapters.file.in.SubmissionFiles;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileRefused;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The corrected record of an objection's decision, given as a file in the submission layout with exactly one row. */
final class CorrectionFile {

    private CorrectionFile() {
    }

    static Either<Rejection, RecordDraft> read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new SubmissionFiles().open(in, FileFormat.DETECT).flatMap(CorrectionFile::onlyRow);
        } catch (FileRefused refused) {
            return Either.left(refused.rejection().atField("correction"));
        } catch (IOException e) {
            return Either.left(Rejection.of(RejectionCodes.FILE_UNREADABLE, "correction", path.toString(),
                    "无法读取文件：" + path, "Cannot read the file: " + path));
        }
    }

    private static Either<Rejection, RecordDraft> onlyRow(SubmissionFile file) {
        try (file) {
            if (!file.hasNext()) {
                return Either.left(Rejection.of(RejectionCodes.FILE_EMPTY, "correction", "",
                        "更正文件中没有数据行", "The correction file has no row"));
            }
            FileRow row = file.next();
            if (file.hasNext()) {
                return Either.left(Rejection.of(RejectionCodes.COMMAND_INVALID, "correction", "",
                        "更正文件只能有一行", "A correction file holds exactly one row"));
            }
            return row.draft() != null ? Either.right(row.draft()) : Either.left(row.unreadable().head());
        }
    }
}
