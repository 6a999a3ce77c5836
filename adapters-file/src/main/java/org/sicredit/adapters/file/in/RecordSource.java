package org.sicredit.adapters.file.in;

import java.io.Closeable;
import java.io.IOException;

/** The records of a file, each its cells as text, read once, in order; what the submission reader is built on. */
interface RecordSource extends Closeable {

    /**
     * The most characters a row may hold, all cells together: ten times what the layout's longest lawful row needs.
     * A longer row refuses the file, so that a chunk of rows held for the collection stays small whatever the file.
     */
    int MAX_ROW_CHARS = 16_384;

    /** The next record's cells, or {@code null} at the end. */
    String[] next() throws IOException;

    /** The number the spreadsheet shows for the record {@link #next()} answered last (the first is 1). */
    int number();
}
