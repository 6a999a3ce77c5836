package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import org.sicredit.domain.rejection.Rejection;

import java.io.OutputStream;
import java.util.Objects;

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

    /**
     * What was wrong with a submitted file, row by row: the file's columns, and every rejected row with its number as
     * the spreadsheet shows it, its cells (personal numbers masked) and each reason. Nothing refused is left out.
     */
    record SubmissionErrorReport(Seq<String> columns, Seq<RejectedRow> rows) {

        public SubmissionErrorReport {
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(rows, "rows");
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** One refused row: its number, its cells in the order of the columns, and why. */
    record RejectedRow(int number, Seq<String> cells, Seq<Rejection> rejections) {

        public RejectedRow {
            Objects.requireNonNull(cells, "cells");
            Objects.requireNonNull(rejections, "rejections");
        }
    }
}
