package org.sicredit.adapters.file.out;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A caller's stream that a writer may close (as FastExcel's workbook does) without closing it: close only flushes. */
public final class KeptOpen extends FilterOutputStream {

    public KeptOpen(OutputStream target) {
        super(target);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
