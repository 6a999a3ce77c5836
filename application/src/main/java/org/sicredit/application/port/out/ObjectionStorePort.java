package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

/**
 * Where objections live. An implementation guarantees: a saved objection reads back equal in every step and
 * event; an objection is stored only if the stored version equals {@code expectedVersion} ({@code 0}: new),
 * otherwise {@code STALE_VERSION} and nothing changes; lists are ordered by objection id.
 */
public interface ObjectionStorePort {

    Either<Rejection, Objection> save(Objection objection, long expectedVersion);

    Option<Objection> findById(ObjectionId id);

    Seq<Objection> findByRecord(RecordId recordId);

    /** Every objection not decided yet. */
    Seq<Objection> findOpen();
}
