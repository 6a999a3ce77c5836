package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.LocalDate;

/** Today in Shanghai, and the look-up every service makes before it changes a record. */
final class Shanghai {

    private Shanghai() {
    }

    static LocalDate today(Clock clock) {
        return ShanghaiTime.today(clock);
    }

    static Either<Rejection, DishonestyRecord> record(RecordStorePort records, RecordId id) {
        return records.findById(id).toEither(() -> Rejection.of("RECORD_NOT_FOUND", "recordId", id.toString(),
                "没有这条失信信息", "No such record"));
    }
}
