package org.sicredit.adapters.file.in;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a CSV file is in, told from its bytes, never asked: a byte-order mark says UTF-8 or UTF-16; without
 * one, text that is valid UTF-8 is UTF-8, and anything else must be GB18030 — what Excel on a Chinese Windows writes
 * ("CSV (逗号分隔)"). NUL bytes without a UTF-16 mark say the file is no text at all. The reader it answers refuses
 * (with {@link java.nio.charset.MalformedInputException}) bytes that turn out not to be text in that encoding.
 */
final class TextEncodings {

    static final int SAMPLE = 1 << 16;
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncodings() {
    }

    static Either<Rejection, Reader> reader(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 4);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return Either.right(strict(in, StandardCharsets.UTF_8));
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return Either.right(strict(in, StandardCharsets.UTF_16LE));
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return Either.right(strict(in, StandardCharsets.UTF_16BE));
        }
        for (byte b : head) {
            if (b == 0) {
                return Either.left(Rejection.of(RejectionCodes.FILE_FORMAT, "file", "",
                        "文件不是文本（CSV）也不是 Excel 工作簿（XLSX）", "The file is neither text (CSV) nor an Excel "
                                + "workbook (XLSX)"));
            }
        }
        if (decodes(head, StandardCharsets.UTF_8, head.length == SAMPLE)) {
            return Either.right(strict(in, StandardCharsets.UTF_8));
        }
        if (decodes(head, GB18030, head.length == SAMPLE)) {
            return Either.right(strict(in, GB18030));
        }
        return Either.left(Rejection.of(RejectionCodes.FILE_ENCODING, "file", "",
                "文件的文字编码无法识别：请以 UTF-8 或 GB18030（Excel 的“CSV（逗号分隔）”）保存",
                "The file's text encoding is unknown: save it as UTF-8 or GB18030 (Excel's \"CSV (Comma delimited)\")"));
    }

    /** The delimiter the header line uses most, outside quotes: comma, tab or semicolon. */
    static char delimiter(String firstLine) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static Reader strict(BufferedInputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Whether {@code sample} is text in {@code charset}; a sequence cut off by the sample's end does not count. */
    private static boolean decodes(byte[] sample, Charset charset, boolean truncated) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        CharBuffer chars = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(bytes, chars, !truncated);
        if (result.isError()) {
            return false;
        }
        if (!truncated) {
            CoderResult flushed = decoder.flush(chars);
            return !flushed.isError();
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
