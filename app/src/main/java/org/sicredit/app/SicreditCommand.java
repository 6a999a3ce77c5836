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
        System.exit(new CommandLine(new SicreditCommand()).execute(args));
    }
}
