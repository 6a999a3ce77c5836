package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/** A console command's run: the settings resolved, the stores opened and closed, a rejection printed with exit 1. */
final class Console {

    private final CommandSpec spec;
    private final CommonOptions common;
    private final SicreditCommand program;

    Console(CommandSpec spec, CommonOptions common, SicreditCommand program) {
        this.spec = spec;
        this.common = common;
        this.program = program;
    }

    int run(Function<Composition, Either<Rejection, Integer>> work) {
        return run(program.clock(), work);
    }

    /** The work on another clock: a step entered as of an earlier day (see {@link #asOf(LocalDate)}). */
    int run(Clock clock, Function<Composition, Either<Rejection, Integer>> work) {
        AppSettings settings = AppSettings.resolve(common.flags(), System::getenv, AppSettings.file(Path.of("")));
        LogLayout.useJson(settings.jsonLogs());
        try (Composition composition = Composition.open(settings, clock)) {
            return answer(work.apply(composition));
        }
    }

    /**
     * A step entered as of {@code day} ({@link #asOf}): {@code work} run on the clock moved back to it, what it answers
     * printed by {@code print}, exit 0 — or the rejection, exit 1.
     */
    <T> int dated(LocalDate day, String field, Function<Composition, Either<Rejection, T>> work, Consumer<T> print) {
        return answer(asOf(day, field).map(clock -> run(clock, composition -> work.apply(composition).map(done -> {
            print.accept(done);
            return 0;
        }))));
    }

    /**
     * The program's clock moved back to {@code day} (its time of day kept), for a step a person enters after the day
     * it happened — an objection received on paper on Monday and entered on Wednesday counts its deadlines from
     * Monday. Today when {@code day} is null; a day to come is refused.
     */
    Either<Rejection, Clock> asOf(LocalDate day, String field) {
        LocalDate today = ShanghaiTime.today(program.clock());
        if (day == null) {
            return Either.right(program.clock());
        }
        if (day.isAfter(today)) {
            return Either.left(Rejection.of(RejectionCodes.STEP_DATE_IN_FUTURE, field, day.toString(),
                    "日期 " + day + " 晚于今天（" + today + "）", "The day " + day + " is after today (" + today + ")"));
        }
        return Either.right(Clock.offset(program.clock(), Duration.ofDays(ChronoUnit.DAYS.between(today, day))));
    }

    int answer(Either<Rejection, Integer> answer) {
        return answer.fold(rejection -> {
            err().println(rejection.code() + PersonalNumberMask.maskWithin(common.english()
                    ? ": " + rejection.messageEn() : "：" + rejection.messageZh()));
            return 1;
        }, code -> code);
    }

    boolean english() {
        return common.english();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
