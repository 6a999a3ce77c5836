package org.sicredit.spring;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.SubmissionLogPort;

import java.time.YearMonth;

/** What sicredit counts as it works, kept apart from Micrometer so the starter runs without it. */
interface SicreditTally {

    SicreditTally NONE = new SicreditTally() {
        @Override
        public void ingested(String outcome, int rows) {
        }

        @Override
        public void jobRan(String job, boolean succeeded) {
        }
    };

    /** Rows of a submission, by what became of them: added, unchanged, corrected, rejected. */
    void ingested(String outcome, int rows);

    void jobRan(String job, boolean succeeded);

    /** {@code log}, counting each submission's rows by outcome as it is appended (inside its transaction). */
    static SubmissionLogPort counting(SubmissionLogPort log, SicreditTally tally) {
        if (tally == NONE) {
            return log;
        }
        return new SubmissionLogPort() {
            @Override
            public void append(Submission submission) {
                log.append(submission);
                tally.ingested("added", submission.added());
                tally.ingested("unchanged", submission.unchanged());
                tally.ingested("corrected", submission.corrected());
                tally.ingested("rejected", submission.rejected());
            }

            @Override
            public Seq<Submission> submissionsFor(YearMonth period) {
                return log.submissionsFor(period);
            }
        };
    }
}
