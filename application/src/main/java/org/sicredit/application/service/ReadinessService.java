package org.sicredit.application.service;

import io.vavr.collection.Seq;
import org.sicredit.application.port.in.CheckReadinessUseCase;
import org.sicredit.application.port.out.ReadinessPort.Check;
import org.sicredit.application.port.out.ReadinessPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;

import java.time.Clock;
import java.time.Year;

final class ReadinessService implements CheckReadinessUseCase {

    private final ReadinessPort stores;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReadinessService(ReadinessPort stores, WorkingCalendar calendar, Clock clock) {
        this.stores = stores;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Readiness check() {
        Seq<Check> checks = stores.checks().append(calendar());
        return new Readiness(checks.forAll(Check::ok), checks);
    }

    private Check calendar() {
        Year year = Year.from(ShanghaiTime.today(clock));
        return calendar.coveredYears().contains(year)
                ? new Check("calendar", true, year + " 年节假日安排已载入", "The " + year + " holiday schedule is loaded")
                : new Check("calendar", false, year + " 年节假日安排未载入，期限无法计算：请把国务院通知的数据放入假日数据目录",
                        "The " + year + " holiday schedule is not loaded, so no deadline can be counted: put the "
                                + "State Council's notice into the holiday data directory");
    }
}
