package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        AppSettings settings = AppSettings.resolve(common.flags(), System::getenv, AppSettings.file(Path.of("")));
        try (Composition composition = Composition.open(settings, program.clock())) {
            return answer(work.apply(composition));
        }
    }

    int answer(Either<Rejection, Integer> answer) {
        return answer.fold(rejection -> {
            err().println(rejection.code() + (common.english() ? ": " + rejection.messageEn()
                    : "：" + rejection.messageZh()));
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
