package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.record.RecordDraft;
import org.sicredit.domain.rejection.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@code sicredit objection …}: every step of an objection (上海市社会信用条例 第三十六条, 沪人社规〔2018〕30号 第九条) at
 * the console, each as the role the law gives it — the Centre receives, marks and forwards; the Bureau notifies the
 * provider and decides; the provider verifies. A step entered after the day it happened takes that day
 * ({@code --received-on}, {@code --on}), so its deadlines count from it.
 */
@Command(name = "objection", mixinStandardHelpOptions = true,
        description = {"异议处理的每一步（中心受理、标注、转交；市人社局通知、决定；提供单位核查）。",
                "Every step of an objection: the Centre receives, marks, forwards; the Bureau notifies and decides; "
                        + "the provider verifies."})
final class ObjectionCommand extends ConsoleCommand {


    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = {"中心受理对某条失信信息的异议。", "The Centre receives an objection to a record."})
    int receive(@Parameters(paramLabel = "RECORD-ID") String recordId,
                @Option(names = "--grounds", required = true, description = "异议理由 / the grounds") String grounds,
                @Option(names = "--received-on", description = "受理日期（默认今天）/ the day received (default today)")
                LocalDate receivedOn) {
        return step(receivedOn, "receivedOn", composition -> ConsoleIds.record(recordId).flatMap(id ->
                composition.sicredit().receiveObjection().receive(new ReceiveObjectionUseCase.Command(
                        centre(), id, grounds))));
    }

    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = {"中心在该信息上作异议标注（1 个工作日内）。", "The Centre marks the record (within 1 working day)."})
    int mark(@Parameters(paramLabel = "OBJECTION-ID") String objectionId, @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.objection(objectionId).flatMap(id ->
                composition.sicredit().markObjection().mark(new MarkObjectionUseCase.Command(centre(), id))));
    }

    @Command(name = "forward", mixinStandardHelpOptions = true,
            description = {"中心转交市人社局（2 个工作日内）。", "The Centre forwards it to the Bureau (within 2 working days)."})
    int forward(@Parameters(paramLabel = "OBJECTION-ID") String objectionId, @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.objection(objectionId).flatMap(id ->
                composition.sicredit().forwardObjection().forward(new ForwardObjectionUseCase.Command(centre(), id))));
    }

    @Command(name = "notify", mixinStandardHelpOptions = true,
            description = {"市人社局即时通知提供单位核查。", "The Bureau notifies the provider to verify (at once)."})
    int notifyProvider(@Parameters(paramLabel = "OBJECTION-ID") String objectionId,
                       @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.objection(objectionId).flatMap(id ->
                composition.sicredit().notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(
                        ConsoleCallers.bureau(), id))));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"提供单位记录核查结果。", "The provider records what its verification found."})
    int verify(@Parameters(paramLabel = "OBJECTION-ID") String objectionId,
               @Option(names = "--provider", required = true, description = "提供单位代码 / the provider's code")
               String provider,
               @Option(names = "--finding", required = true, description = "核查结果 / the finding") String finding,
               @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.objection(objectionId).flatMap(id ->
                composition.sicredit().verifyObjection().verify(new VerifyObjectionUseCase.Command(
                        ConsoleCallers.provider(provider), id, finding))));
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = {"市人社局作出是否更正的决定（受理后 5 个工作日内）：UPHOLD 维持，CORRECT 更正（--correction 给出更正后的一行），"
                    + "DELETE 删除。", "The Bureau decides within 5 working days of receipt: UPHOLD, CORRECT (the corrected "
                    + "row in --correction, a file in the submission layout) or DELETE."})
    int decide(@Parameters(paramLabel = "OBJECTION-ID") String objectionId,
               @Option(names = "--decision", required = true, description = "UPHOLD, CORRECT, DELETE") Decision decision,
               @Option(names = "--reason", required = true, description = "理由 / the reason") String reason,
               @Option(names = "--correction", description = "更正后的信息（报送模板格式的一行）/ the corrected record: "
                       + "one row in the submission layout (CSV or XLSX)") Path correction,
               @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.objection(objectionId).flatMap(id ->
                corrected(correction).flatMap(draft -> composition.sicredit().decideObjection().decide(
                        new DecideObjectionUseCase.Command(ConsoleCallers.bureau(), id, decision, reason, draft)))));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"未办结的异议及各步期限。", "Open objections and each step's deadline."})
    int list(@Option(names = "--overdue", description = "只列逾期的 / only the overdue") boolean overdue,
             @Option(names = "--on", description = "以哪天计（默认今天）/ as of (default today)") LocalDate on) {
        Console console = console();
        LocalDate day = on != null ? on : ShanghaiTime.today(program.clock());
        return console.run(composition -> composition.sicredit().listOpenObjections().list(
                new ListOpenObjectionsUseCase.Query(ConsoleCallers.bureau(), day, overdue)).map(objections -> {
                    objections.forEach(objection -> console.out().println(objection.id() + "  " + objection.recordId()
                            + "  " + objection.providerCode() + objection.deadlines().map(deadline -> "  "
                            + deadline.step() + (english() ? " due " : " 限 ") + deadline.due()
                            + deadline.doneOn().map(done -> (english() ? " done " : " 已办 ") + done).getOrElse("")
                            + (deadline.isOverdue() ? (english() ? " OVERDUE by " : " 逾期 ")
                            + deadline.workingDaysLate() + (english() ? " working days" : " 个工作日") : ""))
                            .mkString()));
                    return 0;
                }));
    }

    private Either<Rejection, RecordDraft> corrected(Path file) {
        return file == null ? Either.right(null) : CorrectionFile.read(file);
    }

    private Caller centre() {
        return ConsoleCallers.centre();
    }

    private int step(LocalDate on, String field, Function<Composition, Either<Rejection, ObjectionView>> work) {
        Console console = console();
        return console.dated(on, field, work, view -> print(view, console));
    }

    private void print(ObjectionView view, Console console) {
        console.out().println(view.id() + "  " + view.recordId() + "  " + view.providerCode() + "  " + view.lastStep()
                + view.decision().map(decision -> " " + decision).getOrElse("") + "  v" + view.version());
        for (ObjectionStep step : ObjectionStep.values()) {
            view.steps().get(step).forEach(day -> console.out().println("  " + day + "  "
                    + (english() ? step.nameEn() : step.nameZh())));
        }
    }

}
