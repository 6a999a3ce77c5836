package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.repair.RepairStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * {@code sicredit repair …}: every step of a credit repair (沪人社规〔2018〕30号 第十条) at the console — the Centre applies
 * on a subject's behalf and adds evidence; the provider that owns the record verifies, refuses or issues the proof
 * (the record stops sanctioning that day). A step entered after the day it happened takes that day
 * ({@code --applied-on}, {@code --on}).
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"信用修复的每一步（中心代为申请、补充证据；提供单位核实、不予修复或出具证明）。",
                "Every step of a credit repair: the Centre applies and adds evidence; the provider verifies, refuses "
                        + "or issues the proof."})
final class RepairCommand extends ConsoleCommand {


    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"中心代主体申请信用修复（查询期内）。", "The Centre applies for a repair on a subject's behalf."})
    int apply(@Parameters(paramLabel = "RECORD-ID") String recordId,
              @Option(names = "--ground", required = true,
                      description = "OBLIGATIONS_FULFILLED, EXTENSION, SELF_EXPLANATION, OTHER") RepairGround ground,
              @Option(names = "--explanation", required = true, description = "说明 / the explanation")
              String explanation,
              @Option(names = "--evidence", description = "证据（可多次）/ evidence (repeatable)") List<String> evidence,
              @Option(names = "--applied-on", description = "申请日期（默认今天）/ the day applied (default today)")
              LocalDate appliedOn) {
        return step(appliedOn, "appliedOn", composition -> ConsoleIds.record(recordId).flatMap(id ->
                composition.sicredit().applyForRepair().apply(new ApplyForRepairUseCase.Command(
                        ConsoleCallers.centre(), id, ground, explanation, evidence != null ? evidence : List.of()))));
    }

    @Command(name = "evidence", mixinStandardHelpOptions = true, description = {"补充证据。", "Adds evidence."})
    int evidence(@Parameters(paramLabel = "APPLICATION-ID") String applicationId,
                 @Option(names = "--description", required = true, description = "证据 / the evidence")
                 String description,
                 @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.repair(applicationId).flatMap(id ->
                composition.sicredit().addRepairEvidence().addEvidence(new AddRepairEvidenceUseCase.Command(
                        ConsoleCallers.centre(), id, description))));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"提供单位核实证据。", "The owning provider verifies the evidence."})
    int verify(@Parameters(paramLabel = "APPLICATION-ID") String applicationId,
               @Option(names = "--provider", required = true) String provider,
               @Option(names = "--finding", required = true, description = "核实结果 / the finding") String finding,
               @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.repair(applicationId).flatMap(id ->
                composition.sicredit().verifyRepair().verify(new VerifyRepairUseCase.Command(
                        ConsoleCallers.provider(provider), id, finding))));
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true,
            description = {"提供单位不予修复（附理由）。", "The owning provider refuses, with its reason."})
    int refuse(@Parameters(paramLabel = "APPLICATION-ID") String applicationId,
               @Option(names = "--provider", required = true) String provider,
               @Option(names = "--reason", required = true, description = "理由 / the reason") String reason,
               @Option(names = "--on") LocalDate on) {
        return step(on, "on", composition -> ConsoleIds.repair(applicationId).flatMap(id ->
                composition.sicredit().refuseRepair().refuse(new RefuseRepairUseCase.Command(
                        ConsoleCallers.provider(provider), id, reason))));
    }

    @Command(name = "proof", mixinStandardHelpOptions = true,
            description = {"提供单位出具信用修复证明；该信息当日起不再用于惩戒。",
                    "The owning provider issues the repair proof; the record stops sanctioning that day."})
    int proof(@Parameters(paramLabel = "APPLICATION-ID") String applicationId,
              @Option(names = "--provider", required = true) String provider,
              @Option(names = "--number", required = true, description = "证明编号 / the proof's number") String number,
              @Option(names = "--on") LocalDate on) {
        Console console = console();
        return console.dated(on, "on", composition -> ConsoleIds.repair(applicationId).flatMap(id ->
                composition.sicredit().issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(
                        ConsoleCallers.provider(provider), id, number))), result -> {
                            print(result.application(), console);
                            console.out().println((english() ? "  off the Platform by " : "  平台撤下期限 ")
                                    + result.delistBy());
                        });
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"未办结的信用修复申请。", "Open repair applications."})
    int list() {
        Console console = console();
        return console.run(composition -> composition.sicredit().listOpenRepairs().list(
                new ListOpenRepairsUseCase.Query(ConsoleCallers.bureau())).map(repairs -> {
                    repairs.forEach(repair -> print(repair, console));
                    return 0;
                }));
    }

    private int step(LocalDate on, String field, Function<Composition, Either<Rejection, RepairView>> work) {
        Console console = console();
        return console.dated(on, field, work, view -> print(view, console));
    }

    private void print(RepairView view, Console console) {
        console.out().println(view.id() + "  " + view.recordId() + "  " + view.providerCode() + "  " + view.ground()
                + "  " + (english() ? "applied " : "申请于 ") + view.appliedOn() + "  " + status(view.status())
                + "  v" + view.version());
        view.evidence().forEach(item -> console.out().println("  " + (english() ? "evidence: " : "证据：") + item));
    }

    private String status(RepairStatus status) {
        if (status instanceof RepairStatus.Verified verified) {
            return (english() ? "VERIFIED " : "已核实 ") + verified.verifiedOn();
        }
        if (status instanceof RepairStatus.ProofIssued issued) {
            return (english() ? "PROOF ISSUED " : "已出具证明 ") + issued.proof().number() + " "
                    + issued.proof().issuedOn();
        }
        if (status instanceof RepairStatus.Refused refused) {
            return (english() ? "REFUSED " : "不予修复 ") + refused.refusedOn() + " " + refused.reason();
        }
        return english() ? "APPLIED" : "已申请";
    }

}
