package org.sicredit.adapters.file.in;

import io.vavr.control.Either;
import org.sicredit.application.port.out.SubmissionFilePort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@link SubmissionFilePort} for the files providers send: CSV (UTF-8, UTF-8 with a byte-order mark, UTF-16 with one,
 * or GB18030, told from the bytes) and XLSX workbooks (the first sheet, streamed), in the layout of
 * {@link SubmissionLayout}. A workbook sent as a stream is first copied to an owner-only temporary file (it is read
 * from its zip directory), removed when the file is closed.
 */
public final class SubmissionFiles implements SubmissionFilePort {

    private static final int ZIP = 0x504B0304;
    private static final int OLE2 = 0xD0CF11E0;

    private final XlsxRecords.Limits limits;
    private final Path temporaryDirectory;

    public SubmissionFiles() {
        this(XlsxRecords.Limits.DEFAULT, Path.of(System.getProperty("java.io.tmpdir")));
    }

    SubmissionFiles(XlsxRecords.Limits limits, Path temporaryDirectory) {
        this.limits = limits;
        this.temporaryDirectory = temporaryDirectory;
    }

    @Override
    public Either<Rejection, SubmissionFile> open(InputStream content, FileFormat format) {
        BufferedInputStream in = new BufferedInputStream(content, 1 << 16);
        try {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length == 0) {
                return Either.left(Rejection.of(RejectionCodes.FILE_EMPTY, "file", "", "文件是空的", "The file is empty"));
            }
            int signature = magic.length == 4 ? java.nio.ByteBuffer.wrap(magic).getInt() : 0;
            if (signature == OLE2) {
                return Either.left(wrongFormat("这是旧版 Excel（.xls）或加密的工作簿：请另存为 .xlsx，或 CSV（UTF-8）",
                        "This is an old Excel workbook (.xls) or an encrypted one: save it as .xlsx, or as CSV (UTF-8)"));
            }
            FileFormat actual = signature == ZIP ? FileFormat.XLSX : FileFormat.CSV;
            if (format != FileFormat.DETECT && format != actual) {
                return Either.left(wrongFormat("文件内容是 " + actual + "，不是所说的 " + format, "The file holds "
                        + actual + ", not the " + format + " it was sent as"));
            }
            return actual == FileFormat.XLSX ? workbook(in) : csv(in);
        } catch (java.nio.charset.CharacterCodingException notText) {
            return Either.left(Rejection.of(RejectionCodes.FILE_ENCODING, "file", "",
                    "文件开头有无法识别的文字编码；请以 UTF-8 或 GB18030 保存", "The file's first bytes are not text in any "
                            + "encoding it could be in; save it as UTF-8 or GB18030"));
        } catch (IOException unreadable) {
            return Either.left(Rejection.of(RejectionCodes.FILE_FORMAT, "file", "", "文件无法读取", "The file cannot be read"));
        }
    }

    private Either<Rejection, SubmissionFile> csv(BufferedInputStream in) throws IOException {
        Either<Rejection, Reader> text = TextEncodings.reader(in);
        if (text.isLeft()) {
            return Either.left(text.getLeft());
        }
        BufferedReader reader = new BufferedReader(text.get(), 1 << 16);
        reader.mark(1 << 15);
        char[] head = new char[1 << 14];
        int read = reader.read(head, 0, head.length);
        reader.reset();
        String firstLine = read <= 0 ? "" : new String(head, 0, read).split("[\r\n]", 2)[0];
        return OpenSubmission.open(new CsvRecords(reader, TextEncodings.delimiter(firstLine)), FileFormat.CSV);
    }

    private Either<Rejection, SubmissionFile> workbook(InputStream in) throws IOException {
        Path spooled = ownerOnlyTemporaryFile();
        long copied;
        try (OutputStream out = Files.newOutputStream(spooled)) {
            copied = copyAtMost(in, out, limits.fileBytes());
        } catch (IOException | UncheckedIOException failed) {
            Files.deleteIfExists(spooled);
            throw failed;
        }
        if (copied > limits.fileBytes()) {
            Files.deleteIfExists(spooled);
            return Either.left(Rejection.of(RejectionCodes.FILE_TOO_LARGE, "file", "",
                    "工作簿超过 " + (limits.fileBytes() >> 20) + " MB：请拆分后分批报送",
                    "The workbook is larger than " + (limits.fileBytes() >> 20) + " MB: split it and send the parts"));
        }
        return XlsxRecords.open(spooled, limits).flatMap(records -> OpenSubmission.open(records, FileFormat.XLSX));
    }

    private Path ownerOnlyTemporaryFile() throws IOException {
        Files.createDirectories(temporaryDirectory);
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(temporaryDirectory, "sicredit-submission-", ".xlsx",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(temporaryDirectory, "sicredit-submission-", ".xlsx");
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > limit) {
                return copied;
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private static Rejection wrongFormat(String zh, String en) {
        return Rejection.of(RejectionCodes.FILE_FORMAT, "file", "", zh, en);
    }
}
