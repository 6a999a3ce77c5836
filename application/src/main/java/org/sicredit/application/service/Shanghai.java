package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in sicredit are Shanghai dates; and the look-up every service makes before it changes a record. */
final class Shanghai {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    static Either<Rejection, DishonestyRecord> record(RecordStorePort records, RecordId id) {
        return records.findById(id).toEither(() -> Rejection.of("RECORD_NOT_FOUND", "recordId", id.toString(),
                "没有这条失信信息", "No such record"));
    }
}
