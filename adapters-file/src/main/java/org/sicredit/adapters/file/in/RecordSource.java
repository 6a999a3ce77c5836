package org.sicredit.adapters.file.in;

import java.io.Closeable;
import java.io.IOException;

/** The records of a file, each its cells as text, read once, in order; what the submission reader is built on. */
interface RecordSource extends Closeable {

    /** The next record's cells, or {@code null} at the end. */
    String[] next() throws IOException;

    /** The number the spreadsheet shows for the record {@link #next()} answered last (the first is 1). */
    int number();
}
