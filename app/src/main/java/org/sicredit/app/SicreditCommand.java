package org.sicredit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.time.Clock;
import java.time.ZoneId;

/** {@code sicredit}: the program around the library — serve, demo, ingest, lookup, the Bureau's work, objections, repairs, keys and the calendar. */
@Command(name = "sicredit", mixinStandardHelpOptions = true, version = "sicredit 0.1.0",
        description = {"社会保险失信信息管理（沪人社规〔2018〕30号、上海市社会信用条例）。",
                "Social-insurance dishonesty records under 沪人社规〔2018〕30号 and the Shanghai Social Credit Regulations."},
        subcommands = {ServeCommand.class, DemoCommand.class, IngestCommand.class, LookupCommand.class, BureauCommands.Report.class, BureauCommands.Outbox.class,
                BureauCommands.Expire.class, BureauCommands.Catalogue.class, BureauCommands.Template.class,
                BureauCommands.Stats.class, BureauCommands.Audit.class,
                ObjectionCommand.class, RepairCommand.class, KeysCommand.class, CalendarCommand.class})
public final class SicreditCommand {

    private final Clock clock;

    public SicreditCommand() {
        this(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** The program on another clock: for tests, which never read the wall clock. */
    SicreditCommand(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new SicreditCommand()).execute(args));
    }

    /**
     * The command line as the program runs it: a setting that cannot be used or a fault is one line naming what went
     * wrong (personal numbers masked), exit 1 — never a stack trace; the fault itself goes to the log.
     */
    static CommandLine commandLine(SicreditCommand program) {
        CommandLine line = new CommandLine(program);
        line.setExecutionExceptionHandler((fault, command, parsed) -> {
            String message = org.sicredit.domain.subject.PersonalNumberMask.maskWithin(fault.getMessage());
            if (fault instanceof ProgramRefusal refusal) {
                command.getErr().println(refusal.code() + ": " + message);
            } else {
                org.slf4j.LoggerFactory.getLogger(SicreditCommand.class).error("the command failed", fault);
                command.getErr().println("SERVER_FAULT: " + fault.getClass().getSimpleName()
                        + (message != null ? ": " + message : ""));
            }
            command.getErr().flush();
            return 1;
        });
        return line;
    }
}
