package org.sicredit.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.calendar.HolidaySchedule;
import org.sicredit.domain.calendar.ScheduledDay;
import org.sicredit.domain.calendar.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * 第九条's deadline: five working days after each day of 2019 to 2025, by the State Council's schedules — through
 * {@code WorkingCalendar} (which also refuses a year no schedule covers), next to the reference, a day-by-day loop
 * over two hash sets of the same schedules. Deadlines per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingDayBenchmark {

    private static final int DAYS = 2557;
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    private WorkingCalendar calendar;
    private final Set<LocalDate> offDays = new HashSet<>();
    private final Set<LocalDate> workedWeekendDays = new HashSet<>();
    private LocalDate[] days;

    @Setup
    public void calendars() {
        var schedules = HolidayCn.schedules(2018, 2026);
        calendar = WorkingCalendar.of(schedules);
        for (HolidaySchedule schedule : schedules) {
            for (ScheduledDay day : schedule.days()) {
                (day.offDay() ? offDays : workedWeekendDays).add(day.date());
            }
        }
        days = new LocalDate[DAYS];
        for (int i = 0; i < DAYS; i++) {
            days[i] = FIRST.plusDays(i);
        }
        for (LocalDate day : days) {
            if (!calendar.plusWorkingDays(day, 5).get().equals(naivePlus(day, 5))) {
                throw new IllegalStateException("the reference and the calendar disagree on " + day);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(DAYS)
    public long deadlineSicredit() {
        long sum = 0;
        for (LocalDate day : days) {
            sum += calendar.plusWorkingDays(day, 5).get().toEpochDay();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(DAYS)
    public long deadlineReference() {
        long sum = 0;
        for (LocalDate day : days) {
            sum += naivePlus(day, 5).toEpochDay();
        }
        return sum;
    }

    private LocalDate naivePlus(LocalDate from, int workingDays) {
        LocalDate day = from;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (workedWeekendDays.contains(day) || !weekend && !offDays.contains(day)) {
                left--;
            }
        }
        return day;
    }
}
