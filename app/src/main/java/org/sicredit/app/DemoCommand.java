package org.sicredit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sicredit demo}: the demo data set, built by the real use cases from 2019-01 to 2023-07. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"生成演示数据（按月推进时钟，经真实用例办理）。", "Builds the demo data set through the real use cases."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--subjects", defaultValue = "200", description = "主体数 / how many subjects")
    private int subjects;

    @Option(names = "--seed", defaultValue = "20181001", description = "随机种子 / the seed")
    private long seed;

    @Override
    public Integer call() {
        AppSettings settings = AppSettings.resolve(common.flags(), System::getenv, AppSettings.file(Path.of("")));
        return loadIfFresh(settings, subjects, seed, System.out, common.english()) ? 0 : 1;
    }

    /**
     * Loads the demo into a fresh database — the embedded one of a data directory that has none yet, or a configured
     * one where nothing was submitted for the demo's months; false, loading nothing, otherwise.
     */
    static boolean loadIfFresh(AppSettings settings, int subjects, long seed, PrintStream out, boolean english) {
        if (settings.dbUrl().isEmpty() ? Files.exists(settings.dataDir().resolve("sicredit.mv.db")) : holdsData(settings)) {
            out.println(english ? "The database (" + settings.dbUrl().map(AppSettings::redacted).getOrElse(
                    settings.dataDir().toString()) + ") holds data already: no demo loaded"
                    : "数据库（" + settings.dbUrl().map(AppSettings::redacted).getOrElse(settings.dataDir().toString())
                    + "）已有数据，不再载入演示数据");
            return false;
        }
        out.println(english ? "Loading the demo data (" + DemoData.FIRST + " … " + DemoData.LAST + ") …"
                : "正在载入演示数据（" + DemoData.FIRST + " 至 " + DemoData.LAST + "）……");
        DemoData.Summary summary = DemoData.load(settings, subjects, seed, out);
        out.println(english ? String.format("Demo: %d records over %d months, %d objections, %d repairs",
                summary.records(), summary.months(), summary.objections(), summary.repairs())
                : String.format("演示数据：%d 个月共 %d 条失信信息，异议 %d 件，信用修复 %d 件", summary.months(),
                        summary.records(), summary.objections(), summary.repairs()));
        return true;
    }

    private static boolean holdsData(AppSettings settings) {
        try (Composition composition = Composition.open(settings, java.time.Clock.systemUTC())) {
            for (var month = DemoData.FIRST; !month.isAfter(DemoData.LAST); month = month.plusMonths(1)) {
                if (!composition.stores().submissionLog().submissionsFor(month).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }
}
