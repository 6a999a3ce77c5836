package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.adapters.file.in.HolidayFiles;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.rejection.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;

/** {@code sicredit calendar}: the working-day arithmetic of the deadlines, for an operator checking a due date. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"工作日计算（含调休）。", "Working-day arithmetic (make-up working days included)."})
final class CalendarCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Command(name = "add-working-days", mixinStandardHelpOptions = true,
            description = {"某日之后第 N 个工作日。", "The N-th working day after a date."})
    int addWorkingDays(@Parameters(paramLabel = "DATE") LocalDate date, @Parameters(paramLabel = "N") int n) {
        return answer(calendar().plusWorkingDays(date, n).map(LocalDate::toString));
    }

    @Command(name = "working-days", mixinStandardHelpOptions = true,
            description = {"两日之间的工作日数。", "The working days between two dates."})
    int workingDays(@Parameters(paramLabel = "FROM") LocalDate from, @Parameters(paramLabel = "TO") LocalDate to) {
        return answer(calendar().workingDaysBetween(from, to).map(String::valueOf));
    }

    private static WorkingCalendar calendar() {
        return WorkingCalendar.of(HolidayFiles.shipped().publishedSchedules());
    }

    private int answer(Either<Rejection, String> answer) {
        return answer.fold(rejection -> {
            spec.commandLine().getErr().println(common.english() ? rejection.code() + ": " + rejection.messageEn()
                    : rejection.code() + "：" + rejection.messageZh());
            return 1;
        }, text -> {
            spec.commandLine().getOut().println(text);
            return 0;
        });
    }
}
