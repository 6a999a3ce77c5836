package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

/** The look-up every service makes before it changes a record. */
final class RecordLookup {

    private RecordLookup() {
    }

    static Either<Rejection, DishonestyRecord> find(RecordStorePort records, RecordId id) {
        return records.findById(id).toEither(() -> Rejection.of(RejectionCodes.RECORD_NOT_FOUND, "recordId", id.toString(),
                "没有这条失信信息", "No such record"));
    }
}
