package org.sicredit.application.port.out;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.function.Supplier;

/**
 * Runs work that writes to several stores as one unit. An implementation guarantees <b>atomicity</b>: every store
 * write made inside {@code work} is kept when it answers Right, and none is kept when it answers Left or throws —
 * so an objection step and the record it marks never come apart.
 */
public interface TransactionPort {

    <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work);
}
