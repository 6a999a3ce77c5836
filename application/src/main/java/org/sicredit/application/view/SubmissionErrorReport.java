package org.sicredit.application.view;

import io.vavr.collection.Seq;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * What was wrong with a submitted file, row by row: the file's columns, and every rejected row with its number as the
 * spreadsheet shows it, its cells (personal numbers masked) and each reason. Nothing refused is left out.
 */
public record SubmissionErrorReport(Seq<String> columns, Seq<RejectedRow> rows) {

    public SubmissionErrorReport {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One refused row: its number, its cells in the order of the columns, and why. */
    public record RejectedRow(int number, Seq<String> cells, Seq<Rejection> rejections) {

        public RejectedRow {
            Objects.requireNonNull(cells, "cells");
            Objects.requireNonNull(rejections, "rejections");
        }
    }
}
