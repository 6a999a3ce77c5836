package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.view.Page;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.StepDeadline;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

/** The objections not yet decided, each with every step's due date and lateness on a date, overdue ones marked. */
public interface ListOpenObjectionsUseCase {

    Either<Rejection, Seq<OpenObjection>> list(Query query);

    /** One page of the same list, in the same stable order. */
    Either<Rejection, Page<OpenObjection>> page(Query query, PageRequest page);

    /** {@code overdueOnly}: only those with a step past its due date on {@code on}. */
    record Query(@NotNull @Valid Caller caller, @NotNull LocalDate on, boolean overdueOnly) {

        /** Every open objection. */
        public Query(Caller caller, LocalDate on) {
            this(caller, on, false);
        }
    }

    record OpenObjection(ObjectionId id, RecordId recordId, String providerCode, Seq<StepDeadline> deadlines) {

        public boolean isOverdue() {
            return deadlines.exists(StepDeadline::isOverdue);
        }
    }
}
