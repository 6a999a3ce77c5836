package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

/**
 * {@code sicredit ingest FILE --provider CODE --period YYYY-MM}: a provider's monthly file collected through
 * {@link CollectSubmissionFileUseCase} (as that provider, under the operating-system user's name), with its progress
 * shown as it is read. Exit 0 when every row was stored, 2 when some rows were rejected (their error report written
 * beside the file), 1 when the file was refused (nothing stored).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"采集提供单位的月度报送文件（CSV 或 XLSX）。退出码：0 全部入库，2 部分行被拒（见错误报告），1 文件被拒。",
                "Collects a provider's monthly file (CSV or XLSX). Exit 0: every row stored; 2: some rows rejected "
                        + "(see the error report); 1: the file was refused."})
final class IngestCommand extends ConsoleCommand implements Callable<Integer> {

    static final int SOME_ROWS_REJECTED = 2;


    @Parameters(paramLabel = "FILE", description = "报送文件 / the submission file (.csv, .xlsx)")
    private Path file;

    @Option(names = "--provider", required = true, description = "提供单位代码 / the provider's code, e.g. SHSI")
    private String provider;

    @Option(names = "--period", required = true, description = "报送月份 / the month reported, YYYY-MM")
    private YearMonth period;

    @Option(names = "--errors", description = "错误报告写入的文件（默认：文件旁的 <名称>.errors.csv 或 .xlsx）"
            + " / where the error report goes (default: <name>.errors.csv or .xlsx beside the file)")
    private Path errors;

    @Override
    public Integer call() {
        Console console = console();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return console.answer(Either.left(Rejection.of(RejectionCodes.FILE_UNREADABLE, "file",
                    file.toString(), "无法读取文件：" + file, "Cannot read the file: " + file)));
        }
        Caller clerk = ConsoleCallers.provider(provider);
        return console.run(composition -> {
            try (InputStream content = new Progress(Files.newInputStream(file), Files.size(file),
                    Progress.Display.of(console.err(), System.console() != null))) {
                return composition.sicredit().collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(
                        clerk, provider, period, FileFormat.DETECT, content)).map(result -> summary(composition,
                        console, result));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private int summary(Composition composition, Console console, CollectSubmissionFileUseCase.Result result) {
        var collected = result.collected();
        console.out().printf(console.english()
                        ? "%s %s: %d stored, %d unchanged, %d corrected, %d rejected%n"
                        : "%s %s：新增 %d 条，未变 %d 条，更正 %d 条，拒收 %d 行%n", collected.providerCode(),
                collected.period(), collected.added().size(), collected.unchanged().size(),
                collected.corrected().size(), collected.rejected().size());
        if (collected.rejected().isEmpty()) {
            return 0;
        }
        Path report = errors != null ? errors : besideTheFile();
        ReportFormat format = report.getFileName().toString().endsWith(".xlsx") ? ReportFormat.XLSX : ReportFormat.CSV;
        try (OutputStream target = Files.newOutputStream(report)) {
            composition.sicredit().writeErrorReport().write(new WriteErrorReportUseCase.Command(result.errors(),
                    format, target)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console.out().printf(console.english() ? "error report: %s%n" : "错误报告：%s%n", report);
        return SOME_ROWS_REJECTED;
    }

    private Path besideTheFile() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
        return file.toAbsolutePath().resolveSibling(stem + ".errors" + extension);
    }
}
