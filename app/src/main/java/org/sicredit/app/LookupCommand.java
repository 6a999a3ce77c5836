package org.sicredit.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.domain.calendar.ShanghaiTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code sicredit lookup}: a subject's profile as of a day, as a table or JSON. The console looks up as the SYSTEM
 * role under the operating-system user's name ({@code console:<user>}), with the purpose given — audited like any
 * lookup.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"查询主体在某日的失信信息与惩戒措施（记入审计）。",
                "A subject's records and the measures they bring on a day (audited)."})
final class LookupCommand extends ConsoleCommand implements Callable<Integer> {


    @Parameters(paramLabel = "IDENTIFIER", description = "统一社会信用代码、组织机构代码或证件号码 / a code or ID number")
    private String identifier;

    @Option(names = "--purpose", required = true, description = "查询目的 / why (audited)")
    private String purpose;

    @Option(names = "--as-of", description = "查询日期（默认今天）/ the day (default today)")
    private LocalDate asOf;

    @Option(names = "--json", description = "输出 JSON / print JSON")
    private boolean json;

    @Override
    public Integer call() {
        Console console = console();
        Caller officer = Caller.system(ConsoleCallers.actor());
        return console.run(composition -> composition.sicredit().lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(
                officer, identifier, asOf != null ? asOf : ShanghaiTime.today(program.clock()), purpose))
                .map(result -> {
                    if (json) {
                        console.out().println(json(result).toPrettyString());
                    } else {
                        table(result, console.out());
                    }
                    return 0;
                }));
    }

    private void table(LookUpSubjectUseCase.Result result, PrintWriter out) {
        boolean en = common.english();
        out.printf(en ? "As of %s: %s, %d active record(s)%n" : "截至 %s：%s，有效失信信息 %d 条%n", result.asOf(),
                severity(result.severity(), en), result.activeRecords().size());
        for (LookUpSubjectUseCase.RecordView record : result.activeRecords()) {
            out.printf(en ? "  %s  %s  category %d  %s  %s  %s  %s%n" : "  %s  %s  第%d类  %s  %s  %s  %s%n",
                    record.actDate(), record.providerCode(), record.category(),
                    severity(record.severity(), en), record.documentNumber(), en ? record.state() : record.stateZh(),
                    record.lastDayOfQueryPeriod().map(day -> (en ? "queried until " : "查询期至 ") + day)
                            .getOrElse(en ? "act not yet ended" : "失信行为尚未终止"));
        }
        result.measures().forEach(measure -> out.printf(en ? "  measure: %s (%s)%n" : "  惩戒措施：%s（%s）%n",
                en ? measure.measure().nameEn() : measure.measure().nameZh(), measure.measure().legalBasis()));
        out.println((en ? "  basis: " + result.basis().explanationEn() : "  依据：" + result.basis().explanationZh()));
    }

    private static String severity(org.sicredit.domain.policy.Severity severity, boolean english) {
        return switch (severity) {
            case SERIOUS -> english ? "SERIOUS" : "严重失信";
            case ORDINARY -> english ? "ORDINARY" : "一般失信";
        };
    }

    private static ObjectNode json(LookUpSubjectUseCase.Result result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("asOf", result.asOf().toString())
                .put("severity", result.severity().name());
        ArrayNode records = root.putArray("activeRecords");
        result.activeRecords().forEach(record -> records.addObject().put("id", record.id().toString())
                .put("providerCode", record.providerCode()).put("category", record.category())
                .put("cause", record.cause()).put("actDate", record.actDate().toString())
                .put("documentNumber", record.documentNumber()).put("subjectName", record.subjectName())
                .put("subjectIdentifier", record.subjectIdentifier()).put("severity", record.severity().name())
                .put("state", record.state()).put("lastDayOfQueryPeriod",
                        record.lastDayOfQueryPeriod().map(LocalDate::toString).getOrNull()));
        ArrayNode measures = root.putArray("measures");
        result.measures().forEach(measure -> measures.addObject().put("code", measure.measure().code())
                .put("name", measure.measure().nameZh()).put("legalBasis", measure.measure().legalBasis()));
        root.putObject("basis").put("measureCitation", result.basis().measureCitation().getOrNull())
                .put("explanation", result.basis().explanationZh());
        return root;
    }
}
