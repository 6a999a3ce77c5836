package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;

/**
 * Where repair applications (沪人社规〔2018〕30号 第十条) live. An implementation guarantees — and
 * {@code RepairStoreContract} checks: a saved application reads back equal in every field, evidence, status and
 * event; it is stored only if the stored version equals {@code expectedVersion} ({@code 0}: new), otherwise
 * {@code STALE_VERSION} and nothing changes; lists are ordered by application id.
 */
public interface RepairStorePort {

    Either<Rejection, RepairApplication> save(RepairApplication application, long expectedVersion);

    Option<RepairApplication> findById(RepairApplicationId applicationId);

    Seq<RepairApplication> findByRecord(RecordId recordId);

    /** Every application neither proved nor refused; with a provider code, only that provider's. */
    Seq<RepairApplication> findOpen(Option<String> providerCode);
}
