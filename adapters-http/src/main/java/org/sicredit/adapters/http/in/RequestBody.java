package org.sicredit.adapters.http.in;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A request's body read once, within its limit: in memory for JSON, spooled to a private temporary file for an
 * upload; either way hashed as it is read, so an idempotency key's fingerprint costs no second pass.
 */
final class RequestBody implements AutoCloseable {

    private final byte[] bytes;
    private final Path spooled;
    private final byte[] digest;
    private final Rejection refused;

    private RequestBody(byte[] bytes, Path spooled, byte[] digest, Rejection refused) {
        this.bytes = bytes;
        this.spooled = spooled;
        this.digest = digest;
        this.refused = refused;
    }

    static RequestBody none() {
        return new RequestBody(new byte[0], null, sha256().digest(), null);
    }

    /** Reads at most {@code limit} bytes into memory; a longer body is refused with REQUEST_TOO_LARGE. */
    static RequestBody inMemory(InputStream in, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            return tooLarge(limit);
        }
        MessageDigest sha = sha256();
        byte[] read = new DigestInputStream(in, sha).readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        return read.length > limit ? tooLarge(limit) : new RequestBody(read, null, sha.digest(), null);
    }

    /** Copies at most {@code limit} bytes to a temporary file readable by the owner only. */
    static RequestBody spooled(InputStream in, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            return tooLarge(limit);
        }
        Path file = Files.createTempFile("sicredit-upload-", ".part");
        MessageDigest sha = sha256();
        try (InputStream bounded = new DigestInputStream(in, sha); var out = Files.newOutputStream(file)) {
            long copied = bounded.transferTo(new LimitedOutputStream(out, limit));
            if (copied > limit) {
                Files.deleteIfExists(file);
                return tooLarge(limit);
            }
        } catch (LimitedOutputStream.LimitReached e) {
            Files.deleteIfExists(file);
            return tooLarge(limit);
        }
        return new RequestBody(null, file, sha.digest(), null);
    }

    Either<Rejection, byte[]> bytes() {
        if (refused != null) {
            return Either.left(refused);
        }
        return Either.right(bytes == null ? new byte[0] : bytes);
    }

    Either<Rejection, InputStream> stream() {
        if (refused != null) {
            return Either.left(refused);
        }
        if (spooled == null) {
            return Either.right(new ByteArrayInputStream(bytes));
        }
        try {
            return Either.right(Files.newInputStream(spooled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rejection refusal() {
        return refused;
    }

    byte[] digest() {
        return digest.clone();
    }

    @Override
    public void close() throws IOException {
        if (spooled != null) {
            Files.deleteIfExists(spooled);
        }
    }

    private static RequestBody tooLarge(long limit) {
        return new RequestBody(null, null, new byte[32], Rejection.of(RejectionCodes.REQUEST_TOO_LARGE, "body", "",
                "请求正文超过上限（" + limit + " 字节）", "The body is over the limit of " + limit + " bytes"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An output stream that refuses to grow past a limit. */
    private static final class LimitedOutputStream extends java.io.FilterOutputStream {

        private final long limit;
        private long written;

        LimitedOutputStream(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int more) throws LimitReached {
            written += more;
            if (written > limit) {
                throw new LimitReached();
            }
        }

        static final class LimitReached extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }
}
