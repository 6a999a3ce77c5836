package org.sicredit.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every console command has: its place on the command line, the program it belongs to, the common options. */
abstract class ConsoleCommand {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SicreditCommand program;

    @Mixin
    CommonOptions common;

    Console console() {
        return new Console(spec, common, program);
    }

    boolean english() {
        return common.english();
    }
}
