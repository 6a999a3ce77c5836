package org.sicredit.application.port.out;

import org.sicredit.application.view.SubmissionErrorReport;

import java.io.OutputStream;

/**
 * Writes a submission's error report for the clerk who sent the file: one line per reason a row was refused — the
 * row's number as the spreadsheet shows it, the column, the code, the message in Chinese and in English — with the
 * row's cells beside it for context (personal numbers masked, as the report holds them). The clerk corrects those
 * rows in the original file and sends it again. An implementation writes the whole report to {@code target} or
 * throws; it does not close {@code target}.
 */
public interface ErrorReportPort {

    void write(SubmissionErrorReport report, ReportFormat format, OutputStream target);

    /** The formats a clerk opens: CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese) and XLSX. */
    enum ReportFormat {
        CSV,
        XLSX
    }
}
