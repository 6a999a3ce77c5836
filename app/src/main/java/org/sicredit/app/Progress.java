package org.sicredit.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A file read with its progress shown: on a terminal a bar redrawn in place, otherwise a plain line at each tenth, so a
 * log or a pipe reads cleanly. Counts the bytes the reader takes; says 100% when the stream is closed after a full read.
 */
final class Progress extends FilterInputStream {

    /** Where progress is shown. */
    interface Display {

        void show(int percent);

        void done();

        static Display of(PrintWriter err, boolean terminal) {
            return terminal ? new Bar(err) : new Lines(err);
        }
    }

    private final long size;
    private final Display display;
    private long read;
    private int shown = -1;

    Progress(InputStream in, long size, Display display) {
        super(in);
        this.size = Math.max(1, size);
        this.display = display;
        advance(0);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (read >= size) {
            display.done();
        }
    }

    private void advance(long bytes) {
        read += bytes;
        int percent = (int) Math.min(100, read * 100 / size);
        if (percent != shown) {
            shown = percent;
            display.show(percent);
        }
    }

    /** {@code [##########----------]  50%}, redrawn in place. */
    private record Bar(PrintWriter err) implements Display {

        @Override
        public void show(int percent) {
            int filled = percent / 5;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + String.format("%3d%%", percent));
            err.flush();
        }

        @Override
        public void done() {
            err.println();
            err.flush();
        }
    }

    /** {@code read 10%}, {@code read 20%}, … one line at each tenth passed. */
    private static final class Lines implements Display {

        private final PrintWriter err;
        private int tenths;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void show(int percent) {
            if (percent / 10 > tenths) {
                tenths = percent / 10;
                err.println("read " + tenths * 10 + "%");
                err.flush();
            }
        }

        @Override
        public void done() {
            err.flush();
        }
    }
}
